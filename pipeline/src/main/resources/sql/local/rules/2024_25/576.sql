-- A missing period open at the end of last year's return continues into this year's.
SELECT l.CHILD AS child, 'Missing' AS table_name, 'missing from ' || l.MIS_START || ' and open in last year''s return, '
       || 'but not in this one' AS detail
FROM stg_missing_last l
WHERE l.MIS_END IS NULL AND NOT EXISTS (SELECT 1 FROM stg_missing m WHERE m.CHILD = l.CHILD AND m.MIS_START = l.MIS_START)
