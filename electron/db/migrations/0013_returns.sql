CREATE TABLE `case_studies` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_studies_family` ON `case_studies` (`family_id`);--> statement-breakpoint
CREATE TABLE `return_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`file_name` text NOT NULL,
	`format` text NOT NULL,
	`data` blob NOT NULL,
	`mapping` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `contacts_occurred` ON `contacts` (`occurred_at`,`family_id`,`type`,`duration_minutes`) WHERE "contacts"."deleted_at" IS NULL;