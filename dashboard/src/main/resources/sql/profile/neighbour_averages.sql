-- Each neighbour's share in each category, then their mean and median over the neighbours with a figure.
WITH shares AS (
    SELECT c.population, c.dimension, c.category_position, o.area_code, sum(o.value) AS value
    FROM breakdown_category c
    JOIN mart_observation o ON o.indicator_id = c.indicator_id AND o.breakdown = c.breakdown
    JOIN neighbour n ON n.neighbour_code = o.area_code
    WHERE n.model = :model AND n.la_code = :la AND o.period = :period AND o.source = 'national'
      AND o.value IS NOT NULL
    GROUP BY c.population, c.dimension, c.category_position, o.area_code
)
SELECT population, dimension, category_position, avg(value) AS mean, median(value) AS median,
       count(*) AS neighbours_with_figure
FROM shares
GROUP BY population, dimension, category_position
