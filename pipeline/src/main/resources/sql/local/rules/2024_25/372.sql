-- Youth custody or prison: placement R5 only for a child at least 10 when the episode began.
SELECT e.CHILD AS child, 'Episodes' AS table_name, 'placement R5 from ' || e.DECOM || ' for a child born ' || h.DOB AS detail
FROM rule_episode e JOIN stg_header h USING (CHILD)
WHERE e.PLACE = 'R5' AND dmy(h.DOB) IS NOT NULL AND e.began < dmy(h.DOB) + INTERVAL 10 YEAR
