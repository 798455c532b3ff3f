-- A school: placement S1 only for a child at least 4 when the episode began.
SELECT e.CHILD AS child, 'Episodes' AS table_name, 'placement S1 from ' || e.DECOM || ' for a child born ' || h.DOB AS detail
FROM rule_episode e JOIN stg_header h USING (CHILD)
WHERE e.PLACE = 'S1' AND dmy(h.DOB) IS NOT NULL AND e.began < dmy(h.DOB) + INTERVAL 4 YEAR
