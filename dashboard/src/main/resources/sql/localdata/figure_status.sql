-- Every figure the extract was to give, in the catalogue's order, published or withheld and why.
SELECT s.indicator_id, coalesce(i.title, s.indicator_id) AS title, s.published, s.withheld_reason
FROM local_figure_status s
LEFT JOIN indicator i ON i.id = s.indicator_id
WHERE s.source_file_id = :source_file_id
ORDER BY s.rowid
