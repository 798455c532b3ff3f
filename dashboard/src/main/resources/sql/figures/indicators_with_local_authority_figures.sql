SELECT i.id, i.title, i.theme, i.unit, i.polarity, i.definition, i.source, i.caveats
FROM indicator i
WHERE EXISTS (
    SELECT 1
    FROM mart_observation o
    JOIN area a ON a.code = o.area_code
    WHERE o.indicator_id = i.id AND a.level = 'la' AND o.breakdown = '' AND o.source = 'national'
)
ORDER BY i.theme, i.title
