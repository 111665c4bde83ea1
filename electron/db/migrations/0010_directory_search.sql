-- Services join the app's one search. A service belongs to no family: its search row's family_id is ''.
-- Services are retired, never deleted, so there is no delete trigger.
CREATE TRIGGER `services_search_insert` AFTER INSERT ON `services` BEGIN
	INSERT INTO search_rows (kind, record_id, family_id) VALUES ('service', NEW.id, '');
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'service' AND record_id = NEW.id), NEW.name, NEW.organisation || ' ' || NEW.offer || ' ' || NEW.eligibility || ' ' || NEW.categories || ' ' || NEW.languages || ' ' || NEW.notes);
END;
--> statement-breakpoint
CREATE TRIGGER `services_search_update` AFTER UPDATE ON `services` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT id FROM search_rows WHERE kind = 'service' AND record_id = NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES ((SELECT id FROM search_rows WHERE kind = 'service' AND record_id = NEW.id), NEW.name, NEW.organisation || ' ' || NEW.offer || ' ' || NEW.eligibility || ' ' || NEW.categories || ' ' || NEW.languages || ' ' || NEW.notes);
END;
