-- The indicator a page shows when the reader has chosen none: the catalogue's default, else its first.
SELECT id
FROM indicator
ORDER BY is_default DESC, theme, id
LIMIT 1
