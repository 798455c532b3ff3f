SELECT o.period, count(DISTINCT o.indicator_id) AS indicators
FROM mart_observation o
JOIN area a ON a.code = o.area_code
WHERE a.level = 'la' AND o.breakdown = '' AND o.source = 'national'
GROUP BY o.period
ORDER BY o.period
