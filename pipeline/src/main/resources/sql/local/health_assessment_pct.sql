SELECT 100.0 * count(*) FILTER (WHERE health_assessment = '1') / nullif(count(*), 0) AS value, count(*) AS cohort
FROM outcomes_cohort
