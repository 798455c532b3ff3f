SELECT DISTINCT period
FROM mart_observation
WHERE indicator_id = :indicator AND breakdown = '' AND source = 'national'
ORDER BY period
