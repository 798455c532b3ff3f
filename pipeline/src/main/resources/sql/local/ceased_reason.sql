-- The last time each child ceased to be looked after in the period, as DfE counts it, and how: the
-- reason ceased of the period's last episode.
CREATE OR REPLACE TEMP TABLE ceased_in_period AS
SELECT child, arg_max(care_end_reason, seq) AS reason
FROM episode
WHERE ends_care AND care_end BETWEEN getvariable('period_start') AND getvariable('period_end')
GROUP BY child
