CREATE TABLE `plan_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`need_id` text NOT NULL,
	`position` integer NOT NULL,
	`who` text NOT NULL,
	`who_name` text NOT NULL,
	`what` text NOT NULL,
	`due_on` text,
	`done_at` text,
	FOREIGN KEY (`need_id`) REFERENCES `plan_needs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_actions_need` ON `plan_actions` (`need_id`,`position`);--> statement-breakpoint
CREATE INDEX `plan_actions_due` ON `plan_actions` (`due_on`);--> statement-breakpoint
CREATE TABLE `plan_children` (
	`plan_id` text NOT NULL,
	`child_id` text NOT NULL,
	PRIMARY KEY(`plan_id`, `child_id`),
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `plan_needs` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`position` integer NOT NULL,
	`indicator` text NOT NULL,
	`outcome` text NOT NULL,
	`support` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `plan_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_needs_version` ON `plan_needs` (`version_id`,`position`);--> statement-breakpoint
CREATE TABLE `plan_reviews` (
	`version_id` text PRIMARY KEY NOT NULL,
	`reviewed_on` text NOT NULL,
	`assessment_id` text,
	`summary` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `plan_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `plan_targets` (
	`id` text PRIMARY KEY NOT NULL,
	`need_id` text NOT NULL,
	`position` integer NOT NULL,
	`description` text NOT NULL,
	`progress` text,
	`progress_note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`need_id`) REFERENCES `plan_needs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_targets_need` ON `plan_targets` (`need_id`,`position`);--> statement-breakpoint
CREATE TABLE `plan_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`number` integer NOT NULL,
	`status` text NOT NULL,
	`based_on_assessment_id` text,
	`review_on` text,
	`finalised_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`based_on_assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_versions_number` ON `plan_versions` (`plan_id`,`number`);--> statement-breakpoint
CREATE INDEX `plan_versions_review` ON `plan_versions` (`status`,`review_on`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plans_family` ON `plans` (`family_id`);