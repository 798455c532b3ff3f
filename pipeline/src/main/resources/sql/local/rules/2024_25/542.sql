SELECT o.CHILD AS child, 'OC2' AS table_name, 'aged ' || a.age_at_end || ' on 31 March, but convicted is ' || o.CONVICTED
       AS detail
FROM stg_oc2 o JOIN rule_age a USING (CHILD)
WHERE a.age_at_end < 10 AND o.CONVICTED IS NOT NULL
