-- One indicator's answers for every authority and period in one neighbour model and average.
SELECT *
FROM answer
WHERE indicator_id = :indicator AND model = :model AND average = :average
ORDER BY la_code, period
