-- Each authority's latest local extract with the name of its authority, newest first.
SELECT e.area_code, coalesce(a.name, e.area_code) AS area_name, e.source_file_id, e.file_name, e.release,
       e.loaded_at, e.period_end, e.rule_pack
FROM mart_local_extract e
LEFT JOIN area a ON a.code = e.area_code
ORDER BY e.loaded_at DESC, e.area_code
