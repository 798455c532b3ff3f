SELECT DISTINCT indicator_id, period
FROM mart_observation
WHERE breakdown = '' AND source = 'national'
ORDER BY indicator_id, period
