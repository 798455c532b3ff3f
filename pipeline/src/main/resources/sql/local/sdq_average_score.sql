SELECT avg(sdq_score) AS value, count(*) AS cohort
FROM outcomes_cohort
WHERE age BETWEEN 5 AND 16 AND sdq_score BETWEEN 0 AND 40
