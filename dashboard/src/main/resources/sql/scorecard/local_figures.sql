SELECT indicator_id, period, value, status, release
FROM mart_local_observation
WHERE area_code = :la AND breakdown = ''
ORDER BY indicator_id, period, period_end
