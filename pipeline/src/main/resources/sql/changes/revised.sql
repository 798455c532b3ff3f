-- Figures this import replaced with a different value, or a published value with a symbol (withdrawn),
-- under the release of the new figure.
INSERT INTO release_change (release, run, kind, indicator_id, area_code, period, breakdown,
                            old_value, old_status, old_release, new_value, new_status, new_release)
SELECT coalesce(o.release, ?), ?, CASE WHEN b.value IS NOT NULL AND o.value IS NULL THEN 'withdrawn' ELSE 'revised' END,
       o.indicator_id, o.area_code, o.period, o.breakdown,
       b.value, b.status, b.release, o.value, o.status, o.release
FROM observation o
JOIN this_import i ON i.id = o.source_file_id
JOIN before_figures b ON b.indicator_id = o.indicator_id AND b.area_code = o.area_code
                     AND b.period = o.period AND b.breakdown = o.breakdown
WHERE o.is_current AND o.source = 'national'
  AND (o.value IS DISTINCT FROM b.value OR o.status IS DISTINCT FROM b.status)
