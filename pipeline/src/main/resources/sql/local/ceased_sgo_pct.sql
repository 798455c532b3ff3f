SELECT 100.0 * count(*) FILTER (WHERE reason IN ('E45', 'E46')) / nullif(count(*), 0) AS value, count(*) AS cohort
FROM ceased_in_period
