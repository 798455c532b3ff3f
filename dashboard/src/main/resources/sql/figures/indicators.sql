SELECT id, title, theme, unit, polarity, definition, source, caveats
FROM indicator
ORDER BY theme, id
