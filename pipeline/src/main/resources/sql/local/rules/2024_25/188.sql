SELECT o.CHILD AS child, 'OC2' AS table_name, 'aged ' || a.age_at_end || ' on 31 March, but an SDQ score or reason is given'
       AS detail
FROM stg_oc2 o JOIN rule_age a USING (CHILD)
WHERE a.age_at_end < 4 AND (o.SDQ_SCORE IS NOT NULL OR o.SDQ_REASON IS NOT NULL)
