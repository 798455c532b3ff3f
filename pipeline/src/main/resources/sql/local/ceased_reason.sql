-- The last time each child ceased to be looked after in the period, as DfE counts it, and how.
CREATE OR REPLACE TEMP TABLE ceased_in_period AS
SELECT child, arg_max(rec, seq) AS reason
FROM episode
WHERE ends_care AND dec BETWEEN getvariable('period_start') AND getvariable('period_end')
GROUP BY child
