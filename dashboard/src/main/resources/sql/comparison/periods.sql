SELECT DISTINCT period
FROM mart_observation
WHERE indicator_id = :indicator AND breakdown = ''
ORDER BY period
