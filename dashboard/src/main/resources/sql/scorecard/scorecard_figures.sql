SELECT indicator_id, area_code, period, value, status, release
FROM mart_observation
WHERE breakdown = '' AND source = 'national' AND area_code IN (:areas)
ORDER BY indicator_id, area_code, period
