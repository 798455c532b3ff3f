-- As answers_for_period, as published in a release.
SELECT *
FROM answers_as_of(CAST(:release AS VARCHAR), NULL)
WHERE period = :period AND la_code IN (:areas) AND model = :model AND average = :average
ORDER BY indicator_id, la_code
