CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`contact_id` text,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size` integer NOT NULL,
	`data` blob NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_family` ON `attachments` (`family_id`);--> statement-breakpoint
CREATE INDEX `attachments_contact` ON `attachments` (`contact_id`);--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`family_id` text NOT NULL,
	`on` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_events_family` ON `case_events` (`family_id`,`on`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`referral_id` text,
	`status` text NOT NULL,
	`opened_on` text NOT NULL,
	`closed_on` text,
	`close_reason` text DEFAULT '' NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cases_family` ON `cases` (`family_id`);--> statement-breakpoint
CREATE INDEX `cases_status` ON `cases` (`status`);--> statement-breakpoint
CREATE TABLE `concern_addenda` (
	`id` text PRIMARY KEY NOT NULL,
	`concern_id` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`passed_at` text,
	`passed_how` text DEFAULT '' NOT NULL,
	`dsl_name` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`concern_id`) REFERENCES `concerns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `concern_addenda_concern` ON `concern_addenda` (`concern_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `concerns` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`child_id` text,
	`occurred_at` text NOT NULL,
	`what_happened` text NOT NULL,
	`action_taken` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `concerns_family` ON `concerns` (`family_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `contact_children` (
	`contact_id` text NOT NULL,
	`child_id` text NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contact_children_contact` ON `contact_children` (`contact_id`);--> statement-breakpoint
CREATE INDEX `contact_children_child` ON `contact_children` (`child_id`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`occurred_at` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`type` text NOT NULL,
	`present` text DEFAULT '' NOT NULL,
	`summary` text NOT NULL,
	`next_step` text DEFAULT '' NOT NULL,
	`next_step_due` text,
	`next_step_done_at` text,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_family` ON `contacts` (`family_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `contacts_next_step` ON `contacts` (`next_step_due`);--> statement-breakpoint
CREATE TABLE `professionals` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`name` text NOT NULL,
	`agency` text DEFAULT '' NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`consent_to_share` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `professionals_family` ON `professionals` (`family_id`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`child_id` text,
	`received_on` text NOT NULL,
	`referrer_name` text NOT NULL,
	`referrer_role` text NOT NULL,
	`concerns` text NOT NULL,
	`tried_so_far` text DEFAULT '' NOT NULL,
	`hoped_outcome` text DEFAULT '' NOT NULL,
	`consent_given` integer NOT NULL,
	`consent_on` text,
	`consent_by` text DEFAULT '' NOT NULL,
	`decision` text DEFAULT 'pending' NOT NULL,
	`decided_on` text,
	`decision_reason` text DEFAULT '' NOT NULL,
	`signposted_to` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referrals_family` ON `referrals` (`family_id`,`received_on`);--> statement-breakpoint
CREATE INDEX `referrals_decision` ON `referrals` (`decision`);