ALTER TABLE `attendance_imports` ADD `marks` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `attendance_periods` ADD `excluded` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `attendance_periods` ADD `source` text DEFAULT 'summary' NOT NULL;--> statement-breakpoint
ALTER TABLE `attendance_periods` ADD `marks` text;