-- Gone abroad (G), deported (H) or residence not known (R): suitability cannot be known.
SELECT 100.0 * count(*) FILTER (WHERE substr(accommodation, 2, 1) = '1') / nullif(count(*), 0) AS value, count(*) AS cohort
FROM care_leavers
WHERE age BETWEEN 19 AND 21 AND left(coalesce(accommodation, ''), 1) NOT IN ('G', 'H', 'R')
