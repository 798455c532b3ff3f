-- This year's first episode is the one open at the end of last year's return (same start date, or
-- rule 502 says so instead): its legal status (LS) is the one last year gave.
SELECT e.CHILD AS child, 'Episodes' AS table_name, 'first episode begun ' || e.DECOM || ' has LS '
       || coalesce(e.LS, 'blank') || ', last year''s open episode ' || coalesce(l.LS, 'blank') AS detail
FROM rule_episode e
JOIN (SELECT CHILD, DECOM, LS FROM stg_episodes_last
      WHERE DEC IS NULL AND dmy(DECOM) IS NOT NULL
      QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY dmy(DECOM) DESC) = 1) l USING (CHILD)
WHERE e.seq = 1 AND e.began = dmy(l.DECOM) AND e.LS IS DISTINCT FROM l.LS
