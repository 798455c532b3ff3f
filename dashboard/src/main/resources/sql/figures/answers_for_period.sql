-- Every indicator's answers for an authority and its neighbours in one period: the scorecard.
SELECT *
FROM answer
WHERE period = :period AND la_code IN (:areas) AND model = :model AND average = :average
ORDER BY indicator_id, la_code
