SELECT 100.0 * count(*) FILTER (WHERE immunisations = '1') / nullif(count(*), 0) AS value, count(*) AS cohort
FROM outcomes_cohort
