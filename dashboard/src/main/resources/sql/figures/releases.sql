-- The national releases loaded, oldest first: the values release= accepts.
SELECT DISTINCT release
FROM observation
WHERE source = 'national' AND release IS NOT NULL
ORDER BY release
