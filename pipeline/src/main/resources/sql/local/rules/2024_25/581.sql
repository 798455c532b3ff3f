WITH first AS (SELECT CHILD, min(began) AS began FROM rule_episode GROUP BY CHILD)
SELECT m.CHILD AS child, 'Missing' AS table_name, 'missing from ' || m.MIS_START || ', before care began '
       || strftime(f.began, '%d/%m/%Y') AS detail
FROM stg_missing m JOIN first f USING (CHILD)
WHERE dmy(m.MIS_START) < f.began
