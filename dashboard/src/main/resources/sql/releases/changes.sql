-- One release's change report, as the pipeline wrote it into the snapshot, with names to read it by.
SELECT c.kind, c.indicator_id, i.title AS indicator_title, c.area_code, a.name AS area_name, c.period, c.breakdown,
       c.old_value, c.old_status, c.old_release, c.new_value, c.new_status, c.new_release, c.figures,
       c.model, c.old_model, c.added, c.removed, i.unit
FROM release_change c
LEFT JOIN indicator i ON i.id = c.indicator_id
LEFT JOIN area a ON a.code = c.area_code
WHERE c.release = :release
ORDER BY CASE c.kind WHEN 'revised' THEN 1 WHEN 'withdrawn' THEN 2 WHEN 'new-period' THEN 3 ELSE 4 END,
         i.title, c.indicator_id, a.name, c.area_code, c.period, c.breakdown
