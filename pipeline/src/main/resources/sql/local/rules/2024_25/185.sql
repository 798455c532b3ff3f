SELECT CHILD AS child, 'OC2' AS table_name, 'not looked after for 12 months at 31 March, but SDQ score ' || SDQ_SCORE || ' given'
       AS detail
FROM stg_oc2 ANTI JOIN rule_looked_after_12_months USING (CHILD)
WHERE SDQ_SCORE IS NOT NULL
