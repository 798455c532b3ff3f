-- Health promotion (HEALTH_CHECK) is asked of children looked after for 12 months who are under 5.
SELECT o.CHILD AS child, 'OC2' AS table_name, 'aged ' || a.age_at_end || ' on 31 March, but health check is ' || o.HEALTH_CHECK
       AS detail
FROM stg_oc2 o JOIN rule_age a USING (CHILD)
WHERE a.age_at_end >= 5 AND o.HEALTH_CHECK IS NOT NULL AND o.CHILD IN (SELECT CHILD FROM rule_looked_after_12_months)
