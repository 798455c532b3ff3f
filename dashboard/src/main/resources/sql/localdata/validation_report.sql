-- The pipeline run that imported an authority's latest local extract: its reports are named by it.
SELECT f.job_execution_id
FROM mart_local_extract e
JOIN source_file f ON f.id = e.source_file_id
WHERE e.area_code = :la
