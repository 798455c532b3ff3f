SELECT o.indicator_id, o.value
FROM mart_observation o
JOIN area a ON a.code = o.area_code
WHERE a.level = 'la' AND o.period = :period AND o.breakdown = '' AND o.source = 'national'
    AND o.value IS NOT NULL
ORDER BY o.indicator_id, o.value
