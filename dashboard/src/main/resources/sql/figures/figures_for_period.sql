SELECT a.code, a.name, a.region_code, o.value, o.status, o.release
FROM area a
JOIN mart_observation o ON o.area_code = a.code
WHERE a.level = 'la' AND o.indicator_id = :indicator AND o.period = :period AND o.breakdown = ''
    AND o.source = 'national'
ORDER BY a.name, a.code
