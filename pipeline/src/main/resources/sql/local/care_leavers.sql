-- Care leavers whose 17th to 21st birthday fell in the period, by that age. Those who died or went
-- home to their parents for 6 months or more (RHOM) are left out, as DfE leaves them out.
CREATE OR REPLACE TEMP TABLE care_leavers AS
SELECT o.*, a.age
FROM oc3 o, range(17, 22) AS a(age)
WHERE o.dob + to_years(a.age::INTEGER) BETWEEN getvariable('period_start') AND getvariable('period_end')
  AND coalesce(o.in_touch, '') NOT IN ('DIED', 'RHOM')
