CREATE OR REPLACE TEMP TABLE looked_after_during_period AS
SELECT DISTINCT child FROM episode
WHERE decom <= getvariable('period_end') AND (dec IS NULL OR dec >= getvariable('period_start'))
