SELECT DISTINCT population, population_title, population_position, indicator_id, dimension, dimension_title, dimension_position,
       category_position, label
FROM breakdown_category
ORDER BY population_position, dimension_position, category_position
