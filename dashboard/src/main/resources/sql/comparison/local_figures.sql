SELECT indicator_id, period, value, status, release
FROM mart_observation
WHERE area_code = :la AND breakdown = '' AND source = 'local'
ORDER BY indicator_id, period
