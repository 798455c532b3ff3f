SELECT CHILD AS child, 'OC2' AS table_name, 'reason for no SDQ ' || SDQ_REASON || ' is not SDQ1 to SDQ5' AS detail
FROM stg_oc2 WHERE SDQ_REASON IS NOT NULL AND SDQ_REASON NOT IN ('SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5')
