-- A child is counted once however many periods of care ended in the period; a period that ended with a
-- short break ends on that break's last day.
SELECT count(DISTINCT child)::DOUBLE AS value, count(DISTINCT child) AS cohort
FROM episode
WHERE ends_care AND care_end BETWEEN getvariable('period_start') AND getvariable('period_end')
