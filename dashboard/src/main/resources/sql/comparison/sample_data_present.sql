SELECT EXISTS (
    SELECT 1
    FROM mart_observation o
    JOIN source_file s ON s.id = o.source_file_id
    WHERE s.sample
) AS sample
