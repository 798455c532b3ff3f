-- A care leaver whose 17th birthday falls in the year is not living with former foster carers (accommodation Z).
SELECT o.CHILD AS child, 'OC3' AS table_name, 'accommodation ' || o.ACCOM || ' around the 17th birthday, born ' || o.DOB AS detail
FROM stg_oc3 o
WHERE o.ACCOM LIKE 'Z%' AND dmy(o.DOB) + INTERVAL 17 YEAR BETWEEN getvariable('collection_start') AND getvariable('collection_end')
