SELECT o.source, o.release, bool_or(s.sample) AS sample
FROM (
    SELECT area_code, breakdown, release, source_file_id, 'national' AS source FROM mart_observation
    UNION ALL
    SELECT area_code, breakdown, release, source_file_id, 'local' AS source FROM mart_local_observation
) o
JOIN source_file s ON s.id = o.source_file_id
WHERE o.area_code IN (:areas) AND o.breakdown = '' AND o.release IS NOT NULL
GROUP BY o.source, o.release
ORDER BY o.source, o.release
