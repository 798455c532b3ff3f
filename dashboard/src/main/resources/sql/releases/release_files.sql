-- Every file that brought national figures or a neighbour model, with the release it belongs to
-- (NULL for a neighbour model, which is no release of the publication), newest release first.
SELECT s.release, s.file_name, s.layout, s.rows_loaded, s.loaded_at, s.sha256, s.sample, s.job_execution_id
FROM source_file s
WHERE s.id IN (SELECT DISTINCT source_file_id FROM observation WHERE source = 'national')
   OR s.id IN (SELECT DISTINCT source_file_id FROM neighbour)
ORDER BY s.release DESC NULLS LAST, s.loaded_at, s.file_name
