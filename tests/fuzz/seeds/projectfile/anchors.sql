-- Anchors of every shape the anchor column may hold.
UPDATE annotations SET anchor = '{"kind":"page","page":{"page":2147483647,"quads":[[1e308,-1e308,0.5,0.5]]},"text":{"start":0,"end":1,"exact":"x"}}' WHERE id % 4 = 0;
UPDATE annotations SET anchor = '{"kind":"text","text":{"end":-2147483648,"exact":"","prefix":"","start":2147483647,"suffix":""}}' WHERE id % 4 = 1;
UPDATE annotations SET anchor = '{"kind":"text","text":{"end":1,"exact":"' || replace(hex(zeroblob(2000)), '0', 'a') || '","prefix":"' || replace(hex(zeroblob(500)), '0', ' ') || '","start":0,"suffix":"\ud800"}}' WHERE id % 4 = 2;
UPDATE annotations SET anchor = '[]' WHERE id % 4 = 3;
UPDATE documents SET canonical_text = replace(hex(zeroblob(3000)), '0', 'a');
