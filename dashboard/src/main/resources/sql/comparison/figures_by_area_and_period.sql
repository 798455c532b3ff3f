SELECT area_code, period, value, status, release
FROM mart_observation
WHERE indicator_id = :indicator AND breakdown = '' AND source = 'national' AND area_code IN (:areas)
ORDER BY area_code, period
