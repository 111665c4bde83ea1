-- Full-text search across the vault (FTS5), kept in step by triggers inside the same transaction as each
-- write. unicode61 with remove_diacritics folds accents and case; prefix indexes make partial words fast.
CREATE TABLE `search_rows` (
	`id` integer PRIMARY KEY,
	`kind` text NOT NULL,
	`record_id` text NOT NULL,
	`family_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_rows_record` ON `search_rows` (`kind`, `record_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE TRIGGER `families_search_insert` AFTER INSERT ON `families` BEGIN
	INSERT INTO search_rows (kind, record_id, family_id) VALUES ('family', NEW.id, NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'family' AND record_id = NEW.id), NEW.family_name, NEW.address || ' ' || NEW.postcode);
END;
--> statement-breakpoint
CREATE TRIGGER `families_search_update` AFTER UPDATE ON `families` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT id FROM search_rows WHERE kind = 'family' AND record_id = NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'family' AND record_id = NEW.id), NEW.family_name, NEW.address || ' ' || NEW.postcode);
END;
--> statement-breakpoint
CREATE TRIGGER `children_search_insert` AFTER INSERT ON `children` BEGIN
	INSERT INTO search_rows (kind, record_id, family_id) VALUES ('child', NEW.id, NEW.family_id);
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'child' AND record_id = NEW.id), NEW.name || ' ' || NEW.preferred_name, NEW.pupil_id);
END;
--> statement-breakpoint
CREATE TRIGGER `children_search_update` AFTER UPDATE ON `children` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT id FROM search_rows WHERE kind = 'child' AND record_id = NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'child' AND record_id = NEW.id), NEW.name || ' ' || NEW.preferred_name, NEW.pupil_id);
END;
--> statement-breakpoint
CREATE TRIGGER `children_search_delete` AFTER DELETE ON `children` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT id FROM search_rows WHERE kind = 'child' AND record_id = OLD.id);
	DELETE FROM search_rows WHERE kind = 'child' AND record_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `carers_search_insert` AFTER INSERT ON `carers` BEGIN
	INSERT INTO search_rows (kind, record_id, family_id) VALUES ('carer', NEW.id, NEW.family_id);
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'carer' AND record_id = NEW.id), NEW.name, NEW.relationship || ' ' || NEW.phone || ' ' || NEW.email);
END;
--> statement-breakpoint
CREATE TRIGGER `carers_search_update` AFTER UPDATE ON `carers` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT id FROM search_rows WHERE kind = 'carer' AND record_id = NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'carer' AND record_id = NEW.id), NEW.name, NEW.relationship || ' ' || NEW.phone || ' ' || NEW.email);
END;
--> statement-breakpoint
CREATE TRIGGER `carers_search_delete` AFTER DELETE ON `carers` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT id FROM search_rows WHERE kind = 'carer' AND record_id = OLD.id);
	DELETE FROM search_rows WHERE kind = 'carer' AND record_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `professionals_search_insert` AFTER INSERT ON `professionals` BEGIN
	INSERT INTO search_rows (kind, record_id, family_id) VALUES ('professional', NEW.id, NEW.family_id);
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'professional' AND record_id = NEW.id), NEW.name, NEW.agency || ' ' || NEW.role || ' ' || NEW.email);
END;
--> statement-breakpoint
CREATE TRIGGER `professionals_search_update` AFTER UPDATE ON `professionals` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT id FROM search_rows WHERE kind = 'professional' AND record_id = NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'professional' AND record_id = NEW.id), NEW.name, NEW.agency || ' ' || NEW.role || ' ' || NEW.email);
END;
--> statement-breakpoint
CREATE TRIGGER `professionals_search_delete` AFTER DELETE ON `professionals` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT id FROM search_rows WHERE kind = 'professional' AND record_id = OLD.id);
	DELETE FROM search_rows WHERE kind = 'professional' AND record_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_search_insert` AFTER INSERT ON `contacts` BEGIN
	INSERT INTO search_rows (kind, record_id, family_id) VALUES ('contact', NEW.id, NEW.family_id);
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'contact' AND record_id = NEW.id), NEW.type, NEW.summary || ' ' || NEW.present || ' ' || NEW.next_step);
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_search_update` AFTER UPDATE ON `contacts` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT id FROM search_rows WHERE kind = 'contact' AND record_id = NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'contact' AND record_id = NEW.id), NEW.type, NEW.summary || ' ' || NEW.present || ' ' || NEW.next_step);
END;
--> statement-breakpoint
CREATE TRIGGER `concerns_search_insert` AFTER INSERT ON `concerns` BEGIN
	INSERT INTO search_rows (kind, record_id, family_id) VALUES ('concern', NEW.id, NEW.family_id);
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'concern' AND record_id = NEW.id), 'Safeguarding concern', NEW.what_happened || ' ' || NEW.action_taken);
END;
--> statement-breakpoint
CREATE TRIGGER `concern_addenda_search_insert` AFTER INSERT ON `concern_addenda` BEGIN
	INSERT INTO search_rows (kind, record_id, family_id) VALUES ('addendum', NEW.id, (SELECT family_id FROM concerns WHERE id = NEW.concern_id));
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'addendum' AND record_id = NEW.id), 'Concern addendum', NEW.text);
END;
--> statement-breakpoint
-- Families, children and carers written before search existed.
INSERT INTO search_rows (kind, record_id, family_id) SELECT 'family', id, id FROM families;
--> statement-breakpoint
INSERT INTO search_rows (kind, record_id, family_id) SELECT 'child', id, family_id FROM children;
--> statement-breakpoint
INSERT INTO search_rows (kind, record_id, family_id) SELECT 'carer', id, family_id FROM carers;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body)
	SELECT r.id, f.family_name, f.address || ' ' || f.postcode FROM families f JOIN search_rows r ON r.kind = 'family' AND r.record_id = f.id;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body)
	SELECT r.id, c.name || ' ' || c.preferred_name, c.pupil_id FROM children c JOIN search_rows r ON r.kind = 'child' AND r.record_id = c.id;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body)
	SELECT r.id, c.name, c.relationship || ' ' || c.phone || ' ' || c.email FROM carers c JOIN search_rows r ON r.kind = 'carer' AND r.record_id = c.id;
--> statement-breakpoint
-- A safeguarding concern and its addenda are a record of what happened: never edited, never deleted.
CREATE TRIGGER `concerns_never_change` BEFORE UPDATE ON `concerns` BEGIN
	SELECT RAISE(ABORT, 'A safeguarding concern cannot be changed. Add an addendum instead.');
END;
--> statement-breakpoint
CREATE TRIGGER `concerns_never_deleted` BEFORE DELETE ON `concerns` BEGIN
	SELECT RAISE(ABORT, 'A safeguarding concern cannot be deleted.');
END;
--> statement-breakpoint
CREATE TRIGGER `concern_addenda_never_change` BEFORE UPDATE ON `concern_addenda` BEGIN
	SELECT RAISE(ABORT, 'An addendum cannot be changed. Add another addendum instead.');
END;
--> statement-breakpoint
CREATE TRIGGER `concern_addenda_never_deleted` BEFORE DELETE ON `concern_addenda` BEGIN
	SELECT RAISE(ABORT, 'An addendum cannot be deleted.');
END;
