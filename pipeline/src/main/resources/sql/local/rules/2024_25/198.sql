SELECT CHILD AS child, 'OC2' AS table_name, 'not looked after for 12 months at 31 March, but reason for no SDQ '
       || SDQ_REASON || ' given' AS detail
FROM stg_oc2 ANTI JOIN rule_looked_after_12_months USING (CHILD)
WHERE SDQ_REASON IS NOT NULL
