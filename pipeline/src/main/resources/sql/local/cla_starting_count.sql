SELECT count(DISTINCT child)::DOUBLE AS value, count(DISTINCT child) AS cohort
FROM episode
WHERE starts_care AND decom BETWEEN getvariable('period_start') AND getvariable('period_end')
