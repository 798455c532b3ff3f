SELECT DISTINCT indicator_id
FROM mart_observation
WHERE area_code = :la AND breakdown = '' AND source = 'national'
