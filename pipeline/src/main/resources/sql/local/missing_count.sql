SELECT count(*) FILTER (WHERE child IN (SELECT child FROM missing_episode WHERE kind = 'M'
           AND started BETWEEN getvariable('period_start') AND getvariable('period_end')))::DOUBLE AS value,
       count(*) AS cohort
FROM looked_after_during_period
