SELECT 100.0 * count(*) FILTER (WHERE child IN (SELECT child FROM missing_episode WHERE kind = 'A'
           AND started BETWEEN getvariable('period_start') AND getvariable('period_end'))) / nullif(count(*), 0) AS value,
       count(*) AS cohort
FROM looked_after_during_period
