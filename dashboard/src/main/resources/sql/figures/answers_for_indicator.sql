-- One indicator's answers for an authority and its neighbours, every period: computed at import.
SELECT *
FROM answer
WHERE indicator_id = :indicator AND la_code IN (:areas) AND model = :model AND average = :average
ORDER BY la_code, period
