CREATE TABLE `attendance_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`imported_at` text NOT NULL,
	`shape` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`pupils` integer NOT NULL,
	`imported` integer NOT NULL,
	`not_on_caseload` integer NOT NULL,
	`skipped_by_worker` integer NOT NULL,
	`unreadable_rows` integer NOT NULL,
	`replaced_periods` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `attendance_periods` (
	`id` text PRIMARY KEY NOT NULL,
	`child_id` text NOT NULL,
	`import_id` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`possible` integer NOT NULL,
	`attended` integer NOT NULL,
	`authorised` integer NOT NULL,
	`unauthorised` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `attendance_imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_periods_child` ON `attendance_periods` (`child_id`,`period_from`);