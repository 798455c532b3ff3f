-- The themes in the catalogue's order (jobs/indicators.yml), as the scorecard lists them.
SELECT name
FROM theme
ORDER BY position
