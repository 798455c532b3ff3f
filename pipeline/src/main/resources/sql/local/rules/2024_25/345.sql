-- In touch (YES) means the young person's activity and accommodation are known: neither is 0.
SELECT CHILD AS child, 'OC3' AS table_name, 'in touch, but activity ' || coalesce(ACTIV, 'blank') || ' and accommodation '
       || coalesce(ACCOM, 'blank') AS detail
FROM stg_oc3
WHERE IN_TOUCH = 'YES' AND (ACTIV = '0' OR ACCOM = '0')
