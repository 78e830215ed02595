-- A schema text SQLite cannot read back: the integrity check must refuse it.
PRAGMA writable_schema=1;
UPDATE sqlite_master SET sql = 'CREATE TABLE settings (key TEXT PRIMARY KEY, value)' WHERE name = 'settings';
UPDATE sqlite_master SET sql = replace(sql, 'INTEGER PRIMARY KEY', 'INTEGER') WHERE name = 'tags';
