-- Children under 16 looked after for 2.5 years; stable when in the same placement for 2 years, or
-- placed for adoption (A3 to A6) where that placement and the one before it together make 2 years.
WITH cohort AS (
    SELECT * FROM looked_after_on_period_end
    WHERE age < 16 AND care_start <= getvariable('period_end') - INTERVAL 30 MONTH
), previous_placement AS (
    SELECT c.child, min(e.placement_start) AS placement_start
    FROM cohort c JOIN episode e ON e.child = c.child AND e.placement_no = c.placement_no - 1
        AND e.care_start = c.care_start
    GROUP BY c.child
)
SELECT 100.0 * count(*) FILTER (WHERE c.placement_start <= getvariable('period_end') - INTERVAL 2 YEAR
           OR (c.place IN ('A3', 'A4', 'A5', 'A6')
               AND p.placement_start <= getvariable('period_end') - INTERVAL 2 YEAR)) / nullif(count(*), 0) AS value,
       count(*) AS cohort
FROM cohort c LEFT JOIN previous_placement p USING (child)
