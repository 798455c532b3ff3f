SELECT CHILD AS child, 'OC2' AS table_name, 'SDQ score ' || SDQ_SCORE || ' is not a whole number from 0 to 40' AS detail
FROM stg_oc2 WHERE SDQ_SCORE IS NOT NULL AND coalesce(try_cast(SDQ_SCORE AS INTEGER) NOT BETWEEN 0 AND 40, true)
