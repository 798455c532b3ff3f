SELECT 100.0 * count(*) FILTER (WHERE in_touch = 'YES') / nullif(count(*), 0) AS value, count(*) AS cohort
FROM care_leavers
WHERE age BETWEEN 19 AND 21
