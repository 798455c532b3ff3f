-- A category standing for several breakdowns is their sum; it is a symbol only when none has a value.
SELECT c.population, c.dimension, c.category_position, o.area_code,
       sum(o.value) AS value,
       CASE WHEN count(o.value) = 0 THEN min(o.status) END AS status,
       max(o.release) AS release
FROM breakdown_category c
JOIN mart_observation o ON o.indicator_id = c.indicator_id AND o.breakdown = c.breakdown
WHERE o.period = :period AND o.source = 'national' AND o.area_code IN (:areas)
GROUP BY c.population, c.dimension, c.category_position, o.area_code
