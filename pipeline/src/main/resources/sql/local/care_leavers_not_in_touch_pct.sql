-- As DfE counts it, "not in touch" leaves out young people whose activity a third party reported.
SELECT 100.0 * count(*) FILTER (WHERE in_touch = 'NO' AND coalesce(activity, '0') = '0') / nullif(count(*), 0) AS value,
       count(*) AS cohort
FROM care_leavers
WHERE age BETWEEN 19 AND 21
