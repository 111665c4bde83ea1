CREATE TABLE `assessment_scores` (
	`assessment_id` text NOT NULL,
	`indicator` text NOT NULL,
	`score` integer,
	`skipped_reason` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`assessment_id`, `indicator`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`child_id` text NOT NULL,
	`assessed_on` text NOT NULL,
	`scale` integer NOT NULL,
	`scored_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_child` ON `assessments` (`child_id`,`assessed_on`);