SELECT o.CHILD AS child, 'OC3' AS table_name, 'born ' || o.DOB || ': not aged 17 to 21 in the collection year' AS detail
FROM stg_oc3 o
WHERE dmy(o.DOB) IS NOT NULL
  AND (dmy(o.DOB) + INTERVAL 17 YEAR > getvariable('collection_end')
       OR dmy(o.DOB) + INTERVAL 22 YEAR <= getvariable('collection_start'))
