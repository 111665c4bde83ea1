CREATE TABLE `drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`form` text NOT NULL,
	`path` text NOT NULL,
	`family_id` text,
	`values` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `families`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drafts_key` ON `drafts` (`key`);--> statement-breakpoint
CREATE INDEX `drafts_updated` ON `drafts` (`updated_at`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `family_id` text;--> statement-breakpoint
CREATE INDEX `audit_log_family` ON `audit_log` (`family_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
ALTER TABLE `cases` ADD `close_notes` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `concern_addenda` ADD `decided_at` text;--> statement-breakpoint
ALTER TABLE `referrals` ADD `case_id` text REFERENCES cases(id);--> statement-breakpoint
-- A request that opened a case is part of that case.
UPDATE `referrals` SET `case_id` = (SELECT `id` FROM `cases` WHERE `cases`.`referral_id` = `referrals`.`id` ORDER BY `opened_on` LIMIT 1) WHERE `case_id` IS NULL;
--> statement-breakpoint
-- Reasons for closing were free text before; they are kept, word for word, as the notes of an 'other' reason.
UPDATE `cases` SET `close_notes` = `close_reason`, `close_reason` = 'other' WHERE `close_reason` <> '' AND `close_reason` NOT IN ('needs_met', 'moved_school', 'family_withdrew', 'escalated', 'other');
--> statement-breakpoint
-- The trail so far, family by family (rows about settings, terms or the directory have no family).
UPDATE `audit_log` SET `family_id` = `record_id` WHERE `table_name` = 'families';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `family_id` FROM `carers` WHERE `carers`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'carers';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `family_id` FROM `children` WHERE `children`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'children';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `family_id` FROM `professionals` WHERE `professionals`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'professionals';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `family_id` FROM `referrals` WHERE `referrals`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'referrals';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `family_id` FROM `cases` WHERE `cases`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'cases';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `family_id` FROM `case_events` WHERE `case_events`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'case_events';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `family_id` FROM `contacts` WHERE `contacts`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'contacts';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `family_id` FROM `concerns` WHERE `concerns`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'concerns';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `family_id` FROM `attachments` WHERE `attachments`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'attachments';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `family_id` FROM `assessments` WHERE `assessments`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'assessments';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `family_id` FROM `plans` WHERE `plans`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'plans';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `family_id` FROM `signposts` WHERE `signposts`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'signposts';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `family_id` FROM `case_studies` WHERE `case_studies`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'case_studies';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `c`.`family_id` FROM `concern_addenda` `a` JOIN `concerns` `c` ON `c`.`id` = `a`.`concern_id` WHERE `a`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'concern_addenda';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `p`.`family_id` FROM `plan_versions` `v` JOIN `plans` `p` ON `p`.`id` = `v`.`plan_id` WHERE `v`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'plan_versions';
--> statement-breakpoint
UPDATE `audit_log` SET `family_id` = (SELECT `p`.`family_id` FROM `plan_actions` `x` JOIN `plan_needs` `n` ON `n`.`id` = `x`.`need_id` JOIN `plan_versions` `v` ON `v`.`id` = `n`.`version_id` JOIN `plans` `p` ON `p`.`id` = `v`.`plan_id` WHERE `x`.`id` = `audit_log`.`record_id`) WHERE `table_name` = 'plan_actions';
--> statement-breakpoint
-- Each new row of the trail is filed under its record's family by the vault itself, in the same transaction,
-- so no service has to remember to (a row written without a family_id is filled in here).
CREATE TRIGGER `audit_log_family_insert` AFTER INSERT ON `audit_log` WHEN NEW.`family_id` IS NULL BEGIN
	UPDATE `audit_log` SET `family_id` = CASE NEW.`table_name`
		WHEN 'carers' THEN (SELECT `family_id` FROM `carers` WHERE `id` = NEW.`record_id`)
		WHEN 'children' THEN (SELECT `family_id` FROM `children` WHERE `id` = NEW.`record_id`)
		WHEN 'professionals' THEN (SELECT `family_id` FROM `professionals` WHERE `id` = NEW.`record_id`)
		WHEN 'referrals' THEN (SELECT `family_id` FROM `referrals` WHERE `id` = NEW.`record_id`)
		WHEN 'cases' THEN (SELECT `family_id` FROM `cases` WHERE `id` = NEW.`record_id`)
		WHEN 'case_events' THEN (SELECT `family_id` FROM `case_events` WHERE `id` = NEW.`record_id`)
		WHEN 'contacts' THEN (SELECT `family_id` FROM `contacts` WHERE `id` = NEW.`record_id`)
		WHEN 'concerns' THEN (SELECT `family_id` FROM `concerns` WHERE `id` = NEW.`record_id`)
		WHEN 'attachments' THEN (SELECT `family_id` FROM `attachments` WHERE `id` = NEW.`record_id`)
		WHEN 'assessments' THEN (SELECT `family_id` FROM `assessments` WHERE `id` = NEW.`record_id`)
		WHEN 'plans' THEN (SELECT `family_id` FROM `plans` WHERE `id` = NEW.`record_id`)
		WHEN 'signposts' THEN (SELECT `family_id` FROM `signposts` WHERE `id` = NEW.`record_id`)
		WHEN 'case_studies' THEN (SELECT `family_id` FROM `case_studies` WHERE `id` = NEW.`record_id`)
		WHEN 'families' THEN NEW.`record_id`
		WHEN 'concern_addenda' THEN (SELECT `c`.`family_id` FROM `concern_addenda` `a` JOIN `concerns` `c` ON `c`.`id` = `a`.`concern_id` WHERE `a`.`id` = NEW.`record_id`)
		WHEN 'plan_versions' THEN (SELECT `p`.`family_id` FROM `plan_versions` `v` JOIN `plans` `p` ON `p`.`id` = `v`.`plan_id` WHERE `v`.`id` = NEW.`record_id`)
		WHEN 'plan_actions' THEN (SELECT `p`.`family_id` FROM `plan_actions` `x` JOIN `plan_needs` `n` ON `n`.`id` = `x`.`need_id` JOIN `plan_versions` `v` ON `v`.`id` = `n`.`version_id` JOIN `plans` `p` ON `p`.`id` = `v`.`plan_id` WHERE `x`.`id` = NEW.`record_id`)
	END WHERE `id` = NEW.`id`;
END;
