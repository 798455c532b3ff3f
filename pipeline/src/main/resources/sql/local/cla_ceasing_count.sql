SELECT count(DISTINCT child)::DOUBLE AS value, count(DISTINCT child) AS cohort
FROM episode
WHERE ends_care AND dec BETWEEN getvariable('period_start') AND getvariable('period_end')
