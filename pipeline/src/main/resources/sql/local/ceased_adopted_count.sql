SELECT count(*) FILTER (WHERE reason IN ('E11', 'E12'))::DOUBLE AS value, count(*) AS cohort FROM ceased_in_period
