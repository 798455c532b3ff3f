-- Rates per 10,000 derived from the counts and ONS's population aged 0 to 17, beside DfE's own
-- published rate: the rate for the year ending 31 March T uses the mid-(T-1) estimate. DfE may use
-- an earlier vintage of the estimate, so the two can differ by a little; a large gap flags a wrong
-- count or population.
CREATE VIEW mart_derived_rate AS
    SELECT c.area_code, c.period, r.indicator AS indicator_id,
           round(c.value / p.value * 10000, 1) AS derived_rate,
           published.value AS published_rate
    FROM (VALUES ('cla-count', 'cla-rate-per-10k'),
                 ('cla-starting-count', 'cla-starting-rate-per-10k'),
                 ('cla-ceasing-count', 'cla-ceasing-rate-per-10k')) AS r(count_indicator, indicator)
    JOIN mart_observation c ON c.indicator_id = r.count_indicator AND c.breakdown = ''
    JOIN mart_observation p ON p.indicator_id = 'population-0-17' AND p.area_code = c.area_code
                           AND p.period = c.period - 1 AND p.breakdown = ''
    LEFT JOIN mart_observation published ON published.indicator_id = r.indicator
                           AND published.area_code = c.area_code AND published.period = c.period
                           AND published.breakdown = ''
    WHERE c.value IS NOT NULL AND p.value > 0;
