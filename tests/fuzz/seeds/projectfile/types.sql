-- Values of other types than the columns declare: SQLite stores them anyway.
PRAGMA foreign_keys=OFF;
UPDATE documents SET title = x'c328ff', canonical_text = 12.5, sort_order = 'eerste', imported_at = x'00';
UPDATE annotations SET anchor = CAST('{"kind":"text","text":{"end":5,"exact":"' || char(233) || '","prefix":"","start":4,"suffix":""}}' AS BLOB),
  start_pos = 'x', end_pos = -1, position_key = 9.9e300, created = 0, modified = x'', note = x'ffff', claimant = NULL;
UPDATE claim_types SET sort_order = NULL, description = x'80';
UPDATE tags SET name = 1;
UPDATE settings SET value = x'feff';
