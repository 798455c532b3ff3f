-- Residential employment: placement P3 only for a child at least 14 when the episode began.
SELECT e.CHILD AS child, 'Episodes' AS table_name, 'placement P3 from ' || e.DECOM || ' for a child born ' || h.DOB AS detail
FROM rule_episode e JOIN stg_header h USING (CHILD)
WHERE e.PLACE = 'P3' AND dmy(h.DOB) IS NOT NULL AND e.began < dmy(h.DOB) + INTERVAL 14 YEAR
