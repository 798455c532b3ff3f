WITH latest AS (SELECT CHILD, arg_max(ceased, seq) AS ceased, arg_max(REC, seq) AS rec FROM rule_episode GROUP BY CHILD)
SELECT m.CHILD AS child, 'Missing' AS table_name, 'missing from ' || coalesce(m.MIS_START, '(blank)')
       || ' with no end date; the child ceased care ' || strftime(l.ceased, '%d/%m/%Y') AS detail
FROM stg_missing m JOIN latest l USING (CHILD)
WHERE m.MIS_END IS NULL AND l.ceased IS NOT NULL AND l.rec IS NOT NULL AND l.rec <> 'X1'
