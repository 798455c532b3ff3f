-- A child is counted once however many periods of care began in the period; a period that began with
-- a short break counts from its first day.
SELECT count(DISTINCT child)::DOUBLE AS value, count(DISTINCT child) AS cohort
FROM episode
WHERE starts_care AND care_start BETWEEN getvariable('period_start') AND getvariable('period_end')
