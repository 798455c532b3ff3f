-- Figures a new release leaves out although it covers their indicator, area, breakdown and years:
-- the figure published before stays, and the report says the newer release no longer carries it.
-- Reported under the newest release that carries the indicator.
INSERT INTO release_change (release, run, kind, indicator_id, area_code, period, breakdown,
                            old_value, old_status, old_release)
WITH fresh AS (
    SELECT o.* FROM observation o JOIN this_import i ON i.id = o.source_file_id WHERE o.source = 'national'
), covered AS (
    SELECT indicator_id, min(period) AS first_period, max(period) AS last_period, max(release) AS release
    FROM fresh GROUP BY indicator_id
)
SELECT coalesce(c.release, ?), ?, 'withdrawn', b.indicator_id, b.area_code, b.period, b.breakdown, b.value, b.status, b.release
FROM before_figures b
JOIN covered c ON c.indicator_id = b.indicator_id AND b.period BETWEEN c.first_period AND c.last_period
WHERE EXISTS (SELECT 1 FROM fresh f WHERE f.indicator_id = b.indicator_id AND f.area_code = b.area_code)
  AND EXISTS (SELECT 1 FROM fresh f WHERE f.indicator_id = b.indicator_id AND f.breakdown = b.breakdown)
  AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.indicator_id = b.indicator_id AND f.area_code = b.area_code
                  AND f.period = b.period AND f.breakdown = b.breakdown)
