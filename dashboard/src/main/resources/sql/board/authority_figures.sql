SELECT indicator_id, period, value, status
FROM mart_observation
WHERE breakdown = '' AND area_code = :la
ORDER BY indicator_id, period
