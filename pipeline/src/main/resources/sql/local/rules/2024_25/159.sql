SELECT CHILD AS child, 'OC2' AS table_name, 'substance misuse 1 and intervention received 0, but intervention offered blank'
       AS detail
FROM stg_oc2 WHERE SUBSTANCE_MISUSE = '1' AND INTERVENTION_RECEIVED = '0' AND INTERVENTION_OFFERED IS NULL
