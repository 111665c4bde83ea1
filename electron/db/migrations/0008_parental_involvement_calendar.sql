CREATE TABLE `calendar_events` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`repeats` text NOT NULL,
	`weekdays` text DEFAULT '' NOT NULL,
	`nth` integer DEFAULT 0 NOT NULL,
	`from_date` text NOT NULL,
	`until_date` text NOT NULL,
	`skip_holidays` integer DEFAULT true NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `calendar_events_dates` ON `calendar_events` (`from_date`,`until_date`);--> statement-breakpoint
CREATE TABLE `event_attendance` (
	`event_id` text NOT NULL,
	`original_date` text NOT NULL,
	`carer_id` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`event_id`, `original_date`, `carer_id`),
	FOREIGN KEY (`event_id`) REFERENCES `calendar_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_attendance_carer` ON `event_attendance` (`carer_id`);--> statement-breakpoint
CREATE TABLE `event_occurrences` (
	`event_id` text NOT NULL,
	`original_date` text NOT NULL,
	`status` text,
	`moved_date` text,
	`moved_start` text,
	`moved_end` text,
	`others_count` integer DEFAULT 0 NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`event_id`, `original_date`),
	FOREIGN KEY (`event_id`) REFERENCES `calendar_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `school_closures` (
	`school_year` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	PRIMARY KEY(`school_year`, `position`)
);
--> statement-breakpoint
CREATE TABLE `school_terms` (
	`school_year` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	PRIMARY KEY(`school_year`, `position`)
);
