SELECT count(*)::DOUBLE AS value, count(*) AS cohort FROM looked_after_on_period_end
