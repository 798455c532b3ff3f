SELECT CHILD AS child, 'OC2' AS table_name, 'substance misuse is ' || coalesce(SUBSTANCE_MISUSE, 'blank')
       || ', but intervention received or offered is completed' AS detail
FROM stg_oc2
WHERE coalesce(SUBSTANCE_MISUSE, '0') = '0' AND (INTERVENTION_RECEIVED IS NOT NULL OR INTERVENTION_OFFERED IS NOT NULL)
