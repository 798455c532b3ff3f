SELECT DISTINCT indicator_id, model, average
FROM answer
ORDER BY indicator_id, model, average
