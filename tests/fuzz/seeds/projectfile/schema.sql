-- A schema that is not quite ours: an extra column, a missing index, a view, a trigger on writes.
ALTER TABLE annotations ADD COLUMN extra TEXT DEFAULT 'x';
DROP INDEX annotations_by_type;
CREATE TABLE notes_from_elsewhere (x);
CREATE VIEW recent AS SELECT id FROM annotations ORDER BY modified DESC LIMIT 3;
CREATE TRIGGER keep_modified AFTER UPDATE ON annotations BEGIN UPDATE settings SET value = value WHERE 0; END;
