SELECT CHILD AS child, 'OC2' AS table_name, 'looked after for 12 months at 31 March, but immunisations, teeth check, '
       || 'health assessment or substance misuse is blank' AS detail
FROM stg_oc2 WHERE CHILD IN (SELECT CHILD FROM rule_looked_after_12_months)
  AND (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL OR HEALTH_ASSESSMENT IS NULL OR SUBSTANCE_MISUSE IS NULL)
