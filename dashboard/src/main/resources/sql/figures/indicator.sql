SELECT id, title, theme, unit, polarity, definition, source, caveats
FROM indicator
WHERE id = :indicator
