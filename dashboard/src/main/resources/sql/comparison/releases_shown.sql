SELECT DISTINCT o.source, o.release
FROM mart_observation o
WHERE o.area_code IN (:areas) AND o.breakdown = '' AND o.release IS NOT NULL
ORDER BY o.source, o.release
