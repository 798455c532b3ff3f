-- A child missing on the day care ends has reason ceased E8 (period of being looked after ceased for any other reason).
SELECT e.CHILD AS child, 'Episodes' AS table_name, 'care ended ' || e.DEC || ' with reason ' || e.REC
       || ' while the child was missing from ' || m.MIS_START AS detail
FROM rule_episode e JOIN stg_missing m
  ON m.CHILD = e.CHILD AND dmy(m.MIS_START) <= e.ceased AND coalesce(dmy(m.MIS_END) > e.ceased, true)
WHERE e.ceased IS NOT NULL AND e.REC IS NOT NULL AND e.REC NOT IN ('X1', 'E8')
  AND e.next_began IS DISTINCT FROM e.ceased
