-- SDQ1 (no form returned as the child is under 4 or over 16) does not fit a child looked after for
-- 12 months who was 4 or over on 1 April and 16 or under on 31 March.
SELECT o.CHILD AS child, 'OC2' AS table_name, 'reason for no SDQ is SDQ1 for a child aged ' || a.age_at_start
       || ' on 1 April and ' || a.age_at_end || ' on 31 March' AS detail
FROM stg_oc2 o JOIN rule_age a USING (CHILD)
WHERE o.SDQ_REASON = 'SDQ1' AND a.age_at_start >= 4 AND a.age_at_end <= 16 AND o.SDQ_SCORE IS NULL
  AND o.CHILD IN (SELECT CHILD FROM rule_looked_after_12_months)
