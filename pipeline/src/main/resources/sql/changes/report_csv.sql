SELECT c.release, c.kind, c.indicator_id, c.area_code, a.name AS area_name, c.period, c.breakdown,
       c.old_value, c.old_status, c.old_release, c.new_value, c.new_status, c.new_release, c.figures,
       c.model, c.old_model, c.added, c.removed
FROM release_change c LEFT JOIN area a ON a.code = c.area_code
WHERE c.run = ?
ORDER BY c.kind, c.indicator_id, c.area_code, c.period, c.breakdown
