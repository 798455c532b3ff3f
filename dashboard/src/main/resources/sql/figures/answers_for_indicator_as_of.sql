-- As answers_for_indicator, as published in a release: the same SQL (the warehouse's answers_as_of
-- macro, V11), run over the figures of that release and those before it.
SELECT *
FROM answers_as_of(CAST(:release AS VARCHAR), CAST(:indicator AS VARCHAR))
WHERE la_code IN (:areas) AND model = :model AND average = :average
ORDER BY la_code, period
