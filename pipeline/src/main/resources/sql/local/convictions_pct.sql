SELECT 100.0 * count(*) FILTER (WHERE convicted = '1') / nullif(count(*), 0) AS value, count(*) AS cohort
FROM outcomes_cohort
WHERE age BETWEEN 10 AND 17
