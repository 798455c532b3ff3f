SELECT count(*) FILTER (WHERE reason IN ('E45', 'E46'))::DOUBLE AS value, count(*) AS cohort FROM ceased_in_period
