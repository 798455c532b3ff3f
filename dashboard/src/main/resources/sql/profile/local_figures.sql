-- The council's own shares by characteristic, from the latest period its extracts give: local figures,
-- shown beside the published ones and never ranked or averaged with them.
WITH latest AS (
    SELECT max(o.period_end) AS period_end
    FROM mart_local_observation o
    JOIN (SELECT DISTINCT indicator_id, breakdown FROM breakdown_category) c
      ON c.indicator_id = o.indicator_id AND c.breakdown = o.breakdown
    WHERE o.area_code = :la
)
SELECT c.population, c.dimension, c.category_position, o.period_end,
       sum(o.value) AS value, NULL AS status, max(o.release) AS release
FROM breakdown_category c
JOIN mart_local_observation o ON o.indicator_id = c.indicator_id AND o.breakdown = c.breakdown
JOIN latest l ON o.period_end = l.period_end
WHERE o.area_code = :la
GROUP BY c.population, c.dimension, c.category_position, o.period_end
