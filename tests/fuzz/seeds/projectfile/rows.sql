-- Rows the program never writes itself, in a project with the sample's schema.
INSERT INTO documents (id, title, format, imported_at, sort_order, original_bytes, canonical_text)
  VALUES (7, 'Vreemd', 'xyz', 'gisteren', -2147483649, x'00ff', 'tekst met uitstoot erin');
INSERT INTO documents (id, title, format, imported_at, original_bytes, canonical_text, published_on, language)
  VALUES (9223372036854775807, '', 'html', '2026-02-30T25:61:00Z', NULL, '', '2026-13-45', 'xx-YY');
INSERT INTO document_notes (document_id, note) VALUES (7, 'notitie'), (12345, 'weeshuis');
INSERT INTO claim_types (id, name, colour, sort_order, shortcut, builtin_key) VALUES (50, 'Nieuw', '#00ff00', 0, '1', 'factual');
INSERT INTO annotations (id, document_id, type_id, anchor, quote, start_pos, end_pos, position_key, status, created, modified)
  VALUES (100, 7, 50, '{"kind":"text","text":{"end":21,"exact":"uitstoot","prefix":"tekst met ","start":13,"suffix":" erin"}}',
          'uitstoot', 13, 21, 13, 'onbekend', 'nu', '2026-12-01T10:00:00.000Z');
INSERT INTO annotations (id, document_id, type_id, anchor, created, modified)
  VALUES (101, 404, 999, 'geen json', '', '');
INSERT INTO tags (id, name, folded) VALUES (70, 'Économie', 'économie'), (71, '', '');
INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (100, 70), (100, 71), (100, 404), (404, 70);
INSERT INTO settings (key, value) VALUES ('spellingLanguage', 'klingon'), ('noteLanguage/100', 'nl'), ('claimTypeLanguage/50', '');
