SELECT CHILD AS child, 'OC2' AS table_name, 'intervention received is 1 but intervention offered is ' || INTERVENTION_OFFERED
       AS detail
FROM stg_oc2 WHERE INTERVENTION_RECEIVED = '1' AND INTERVENTION_OFFERED IS NOT NULL
