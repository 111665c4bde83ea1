DROP INDEX `families_status_name`;--> statement-breakpoint
CREATE INDEX `families_status_sort` ON `families` (`status`,`search_text`);