SELECT DISTINCT s.file_name, s.release, s.sample
FROM mart_observation o
JOIN source_file s ON s.id = o.source_file_id
WHERE o.indicator_id = :indicator AND o.area_code IN (:areas)
ORDER BY s.release, s.file_name
