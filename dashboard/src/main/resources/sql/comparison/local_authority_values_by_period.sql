SELECT o.period, o.value
FROM mart_observation o
JOIN area a ON a.code = o.area_code
WHERE a.level = 'la' AND o.indicator_id = :indicator AND o.breakdown = '' AND o.source = 'national'
    AND o.value IS NOT NULL
ORDER BY o.period, o.value
