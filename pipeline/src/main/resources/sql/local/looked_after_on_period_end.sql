-- Each child looked after on the period's last day, with the episode open then (the latest one, should
-- an extract hold two) and the child's age on that day in whole years.
CREATE OR REPLACE TEMP TABLE looked_after_on_period_end AS
SELECT e.child, arg_max(e.care_start, e.seq) AS care_start, arg_max(e.placement_no, e.seq) AS placement_no,
       arg_max(e.placement_start, e.seq) AS placement_start, arg_max(e.place, e.seq) AS place,
       any_value(year(getvariable('period_end')) - year(c.dob)
           - CASE WHEN strftime(getvariable('period_end'), '%m%d') < strftime(c.dob, '%m%d') THEN 1 ELSE 0 END) AS age
FROM episode e
LEFT JOIN child c USING (child)
WHERE e.decom <= getvariable('period_end') AND (e.dec IS NULL OR e.dec > getvariable('period_end'))
GROUP BY e.child
