-- Claims to be schema version 1 while it already holds version 2's table: the migration fails.
PRAGMA user_version=1;
