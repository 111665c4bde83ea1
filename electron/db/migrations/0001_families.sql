CREATE TABLE `carers` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`relationship` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`preferred_language` text DEFAULT '' NOT NULL,
	`interpreter_needed` integer DEFAULT false NOT NULL,
	`parental_responsibility` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `carers_family` ON `carers` (`family_id`,`position`);--> statement-breakpoint
CREATE TABLE `children` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`preferred_name` text DEFAULT '' NOT NULL,
	`date_of_birth` text NOT NULL,
	`year_group` text DEFAULT '' NOT NULL,
	`class_name` text DEFAULT '' NOT NULL,
	`pupil_id` text DEFAULT '' NOT NULL,
	`free_school_meals` integer DEFAULT false NOT NULL,
	`additional_support_needs` integer DEFAULT false NOT NULL,
	`english_additional_language` integer DEFAULT false NOT NULL,
	`care_experienced` integer DEFAULT false NOT NULL,
	`young_carer` integer DEFAULT false NOT NULL,
	`child_protection` integer DEFAULT false NOT NULL,
	`attendance_concern` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `children_family` ON `children` (`family_id`,`position`);--> statement-breakpoint
CREATE INDEX `children_pupil_id` ON `children` (`pupil_id`);--> statement-breakpoint
CREATE TABLE `families` (
	`id` text PRIMARY KEY NOT NULL,
	`family_name` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`postcode` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`archived_at` text,
	`search_text` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `families_status_name` ON `families` (`status`,"family_name" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `families_status_updated` ON `families` (`status`,`updated_at`);