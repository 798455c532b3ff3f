SELECT CHILD AS child, 'OC2' AS table_name, 'not looked after for 12 months at 31 March, but the 12-month items are completed' AS detail
FROM stg_oc2 o ANTI JOIN rule_looked_after_12_months c USING (CHILD)
WHERE coalesce(CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE,
               INTERVENTION_RECEIVED, INTERVENTION_OFFERED) IS NOT NULL
