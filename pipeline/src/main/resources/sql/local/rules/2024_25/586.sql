SELECT m.CHILD AS child, 'Missing' AS table_name, 'missing from ' || m.MIS_START || ', before the child was born ' || h.DOB
       AS detail
FROM stg_missing m JOIN stg_header h USING (CHILD)
WHERE dmy(m.MIS_START) < dmy(h.DOB)
