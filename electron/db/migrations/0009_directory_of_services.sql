CREATE TABLE `services` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`offer` text DEFAULT '' NOT NULL,
	`eligibility` text DEFAULT '' NOT NULL,
	`referral_route` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`website` text DEFAULT '' NOT NULL,
	`opening_times` text DEFAULT '' NOT NULL,
	`cost` text DEFAULT '' NOT NULL,
	`languages` text DEFAULT '' NOT NULL,
	`area` text NOT NULL,
	`categories` text DEFAULT '[]' NOT NULL,
	`indicators` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`last_checked_on` text,
	`match_key` text NOT NULL,
	`retired_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `services_match_key` ON `services` (`match_key`);--> statement-breakpoint
CREATE INDEX `services_checked` ON `services` (`last_checked_on`);--> statement-breakpoint
CREATE TABLE `signposts` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`service_id` text NOT NULL,
	`kind` text NOT NULL,
	`on` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`outcome` text,
	`outcome_on` text,
	`outcome_note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `signposts_family` ON `signposts` (`family_id`,`on`);--> statement-breakpoint
CREATE INDEX `signposts_service` ON `signposts` (`service_id`);