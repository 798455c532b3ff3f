SELECT area_code, period, value, status
FROM mart_observation
WHERE indicator_id = :indicator AND breakdown = '' AND area_code IN (:areas)
ORDER BY area_code, period
