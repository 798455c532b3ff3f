SELECT CHILD AS child, 'Missing' AS table_name, 'missing from ' || MIS_START || ' while the period from '
       || strftime(previous_start, '%d/%m/%Y') || CASE WHEN previous_end IS NULL THEN ' is still open'
       ELSE ' to ' || strftime(previous_end, '%d/%m/%Y') || ' overlaps it' END AS detail
FROM (SELECT *, lag(dmy(MIS_START)) OVER w AS previous_start, lag(dmy(MIS_END)) OVER w AS previous_end,
             row_number() OVER w AS seq
      FROM stg_missing WHERE dmy(MIS_START) IS NOT NULL
      WINDOW w AS (PARTITION BY CHILD ORDER BY dmy(MIS_START), dmy(MIS_END) NULLS LAST))
WHERE seq > 1 AND (previous_end IS NULL OR dmy(MIS_START) < previous_end)
