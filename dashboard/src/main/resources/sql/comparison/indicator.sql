SELECT id, title, unit, polarity
FROM indicator
WHERE id = :indicator
