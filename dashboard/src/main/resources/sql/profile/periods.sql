SELECT o.period, bool_or(o.area_code = :la) AS authority_has_figures
FROM mart_observation o
JOIN (SELECT DISTINCT indicator_id, breakdown FROM breakdown_category) c
  ON c.indicator_id = o.indicator_id AND c.breakdown = o.breakdown
WHERE o.source = 'national'
GROUP BY o.period
ORDER BY o.period
