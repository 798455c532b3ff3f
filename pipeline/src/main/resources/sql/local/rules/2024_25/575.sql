-- The placement open when the child went missing has ended, the missing period has not.
SELECT m.CHILD AS child, 'Missing' AS table_name, 'missing from ' || m.MIS_START || ' with no end date, but the placement then, '
       || 'begun ' || e.DECOM || ', ended ' || e.DEC AS detail
FROM stg_missing m JOIN rule_episode e
  ON e.CHILD = m.CHILD AND e.began <= dmy(m.MIS_START) AND coalesce(e.ceased > dmy(m.MIS_START), true)
WHERE m.MIS_END IS NULL AND dmy(m.MIS_START) IS NOT NULL AND e.ceased IS NOT NULL
  AND e.ceased <= getvariable('collection_end')
