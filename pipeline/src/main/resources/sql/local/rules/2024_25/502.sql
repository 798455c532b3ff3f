-- The episode open at the end of last year's return carries on: this year's first episode is it.
SELECT e.CHILD AS child, 'Episodes' AS table_name, 'first episode begun ' || e.DECOM
       || ', but last year''s return ended with an episode open since ' || l.DECOM AS detail
FROM rule_episode e
JOIN (SELECT CHILD, DECOM FROM stg_episodes_last
      WHERE DEC IS NULL AND dmy(DECOM) IS NOT NULL
      QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY dmy(DECOM) DESC) = 1) l USING (CHILD)
WHERE e.seq = 1 AND e.began <> dmy(l.DECOM)
