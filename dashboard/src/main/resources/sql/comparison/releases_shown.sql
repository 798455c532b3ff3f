SELECT DISTINCT o.source, o.release
FROM (
    SELECT area_code, breakdown, release, 'national' AS source FROM mart_observation
    UNION ALL
    SELECT area_code, breakdown, release, 'local' AS source FROM mart_local_observation
) o
WHERE o.area_code IN (:areas) AND o.breakdown = '' AND o.release IS NOT NULL
ORDER BY o.source, o.release
