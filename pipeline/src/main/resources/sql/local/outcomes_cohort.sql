-- DfE's outcomes cohort: looked after on the period's last day and continuously for the 12 months
-- before it, with the child's OC2 record (absent records count as "not done").
CREATE OR REPLACE TEMP TABLE outcomes_cohort AS
SELECT l.child, l.age, o.sdq_score, o.convicted, o.health_assessment, o.immunisations, o.teeth_check, o.substance_misuse
FROM looked_after_on_period_end l
LEFT JOIN oc2 o USING (child)
WHERE l.care_start <= getvariable('period_end') - INTERVAL 12 MONTH
