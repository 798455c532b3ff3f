-- Placements a child was in on any day of the period: those open on its first day and those begun in it.
SELECT 100.0 * count(*) FILTER (WHERE placements >= 3) / nullif(count(*), 0) AS value, count(*) AS cohort
FROM (
    SELECT l.child, count(DISTINCT e.placement_no) AS placements
    FROM looked_after_on_period_end l
    JOIN episode e USING (child)
    WHERE e.decom <= getvariable('period_end') AND (e.dec IS NULL OR e.dec >= getvariable('period_start'))
    GROUP BY l.child
)
