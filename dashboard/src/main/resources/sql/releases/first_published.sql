-- For each year of an authority's indicator whose current national figure differs from the figure
-- first published for that year: the first release's figure beside the current one.
WITH national AS (
    SELECT o.period, o.value, o.status, o.release, o.is_current, s.loaded_at, o.source_file_id
    FROM observation o JOIN source_file s ON s.id = o.source_file_id
    WHERE o.indicator_id = :indicator AND o.area_code = :la AND o.breakdown = '' AND o.source = 'national'
), first AS (
    SELECT period, arg_min(value, (release, source_file_id)) AS value, arg_min(status, (release, source_file_id)) AS status,
           min(release) AS release
    FROM national GROUP BY period
)
SELECT c.period, f.value AS first_value, f.status AS first_status, f.release AS first_release,
       c.value AS current_value, c.status AS current_status, c.release AS current_release
FROM national c JOIN first f ON f.period = c.period
WHERE c.is_current AND f.release <> c.release
  AND (f.value IS DISTINCT FROM c.value OR f.status IS DISTINCT FROM c.status)
ORDER BY c.period
