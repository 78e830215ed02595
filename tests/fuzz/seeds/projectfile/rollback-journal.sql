-- A file in rollback-journal mode: the program switches it to WAL when it opens it.
PRAGMA journal_mode=DELETE;
DELETE FROM annotation_tags;
