WITH latest AS (SELECT CHILD, arg_max(ceased, seq) AS ceased, arg_max(REC, seq) AS rec FROM rule_episode GROUP BY CHILD)
SELECT m.CHILD AS child, 'Missing' AS table_name, 'missing from ' || m.MIS_START || ', after the child ceased care '
       || strftime(l.ceased, '%d/%m/%Y') AS detail
FROM stg_missing m JOIN latest l USING (CHILD)
WHERE l.ceased IS NOT NULL AND coalesce(l.rec, '') <> 'X1' AND dmy(m.MIS_START) > l.ceased
