-- Every comparison the dashboard serves, computed once when a snapshot is made, so that a page or an
-- API answer is a read by key. A published snapshot never changes, so neither do its answers.

-- How an indicator's figure is tested against chance (jobs/indicators.yml, 'significance'): a
-- proportion gets a Wilson score interval, a rate Byar's (exact Poisson limits for fewer than 10
-- events), as Fingertips does. The count comes from the numerator indicator, or failing that from the
-- published value and the denominator (DfE's files give the number and the percentage).
CREATE TABLE indicator_significance (
    indicator_id    VARCHAR PRIMARY KEY,
    method          VARCHAR NOT NULL,            -- proportion | rate
    numerator_id    VARCHAR,
    denominator_id  VARCHAR NOT NULL,
    denominator_lag INTEGER NOT NULL DEFAULT 0,  -- 1: the year before's denominator (ONS mid-year population)
    per             DOUBLE NOT NULL              -- 100 for a percentage, 10000 for a rate per 10,000
);

-- Exact 95% Poisson limits for 0 to 9 events (chi-squared quantiles: lower chi2(0.025, 2O)/2, upper
-- chi2(0.975, 2O+2)/2); from 10 events Byar's approximation is within 0.2% of them.
CREATE TABLE poisson_exact_limit (events INTEGER PRIMARY KEY, lower DOUBLE NOT NULL, upper DOUBLE NOT NULL);
INSERT INTO poisson_exact_limit VALUES
    (0, 0.0, 3.688879), (1, 0.025318, 5.571643), (2, 0.242209, 7.224688), (3, 0.618672, 8.767273),
    (4, 1.089865, 10.241589), (5, 1.623486, 11.668332), (6, 2.201894, 13.059474), (7, 2.814363, 14.422675),
    (8, 3.453832, 15.763189), (9, 4.115373, 17.084803);

CREATE MACRO wanted(indicator, focus) AS
    focus IS NULL OR indicator = focus
    OR indicator IN (SELECT numerator_id FROM indicator_significance WHERE indicator_id = focus
                     UNION ALL SELECT denominator_id FROM indicator_significance WHERE indicator_id = focus);

-- The national figures as published in a release: for each figure, the one of the newest release
-- not newer than as_of; as_of NULL means every release, that is the current figures. focus names one
-- indicator (with the counts its interval needs), so that a release's answers for it come quickly;
-- NULL means every indicator.
CREATE MACRO figures_as_of(as_of, focus) AS TABLE
    SELECT indicator_id, area_code, period, value, status, release
    FROM observation
    WHERE as_of IS NULL AND is_current AND source = 'national' AND breakdown = '' AND wanted(indicator_id, focus)
    UNION ALL
    SELECT indicator_id, area_code, period, value, status, release
    FROM (SELECT indicator_id, area_code, period, value, status, release,
                 row_number() OVER (PARTITION BY indicator_id, area_code, period
                                    ORDER BY release DESC NULLS LAST, source_file_id DESC) AS newest
          FROM observation
          WHERE as_of IS NOT NULL AND source = 'national' AND breakdown = '' AND release <= as_of
                AND wanted(indicator_id, focus))
    WHERE newest = 1;

-- Fingertips' rule: a comparator's value outside the authority's interval is a difference chance
-- alone would rarely give; inside it, the two are similar. Better or worse only where the indicator
-- has a polarity; no interval (no count or denominator) is 'not tested', never a verdict.
CREATE MACRO verdict(value, comparator, lower, upper, polarity) AS
    CASE WHEN value IS NULL OR comparator IS NULL THEN NULL
         WHEN lower IS NULL THEN 'not tested'
         WHEN comparator > upper THEN CASE polarity WHEN 'higher' THEN 'worse' WHEN 'lower' THEN 'better' ELSE 'lower' END
         WHEN comparator < lower THEN CASE polarity WHEN 'higher' THEN 'better' WHEN 'lower' THEN 'worse' ELSE 'higher' END
         ELSE 'similar'
    END;

-- Each authority's answers for every indicator, period, neighbour model and average. Local figures
-- never enter (figures_as_of reads national figures only). The rules are DfE's (ARCHITECTURE.md):
-- rank 1 = best, ties sharing the best place; bands A-D from linearly interpolated quartiles, a value
-- on an edge going to the better band; neighbours' mean or median over those with a figure.
CREATE MACRO answers_as_of(as_of, focus) AS TABLE
WITH fig AS (SELECT * FROM figures_as_of(as_of, focus)),
periods AS (
    SELECT indicator_id, period, lag(period) OVER (PARTITION BY indicator_id ORDER BY period) AS previous_period
    FROM (SELECT DISTINCT indicator_id, period FROM fig WHERE focus IS NULL OR indicator_id = focus)
),
england AS (SELECT code FROM area WHERE level = 'national' ORDER BY code LIMIT 1),
la_fig AS (
    SELECT f.* FROM fig f JOIN area a ON a.code = f.area_code AND a.level = 'la'
),
placed AS (
    SELECT l.indicator_id, l.area_code, l.period,
           CASE i.polarity WHEN 'higher' THEN rank() OVER (PARTITION BY l.indicator_id, l.period ORDER BY l.value DESC)
                           WHEN 'lower' THEN rank() OVER (PARTITION BY l.indicator_id, l.period ORDER BY l.value ASC)
           END AS rank,
           count(*) OVER (PARTITION BY l.indicator_id, l.period) AS rank_of
    FROM la_fig l JOIN indicator i ON i.id = l.indicator_id
    WHERE l.value IS NOT NULL
),
edges AS (
    SELECT indicator_id, period, quantile_cont(value, [0.25, 0.5, 0.75]) AS q
    FROM la_fig WHERE value IS NOT NULL GROUP BY indicator_id, period
),
models AS (SELECT DISTINCT model FROM neighbour),
averages AS (SELECT * FROM (VALUES ('mean'), ('median')) AS t(average)),
neighbour_avg AS (
    SELECT n.model, n.la_code, f.indicator_id, f.period,
           round(avg(f.value), 9) AS mean, round(median(f.value), 9) AS median, count(f.value) AS count
    FROM neighbour n JOIN fig f ON f.area_code = n.neighbour_code
    GROUP BY n.model, n.la_code, f.indicator_id, f.period
),
counted AS (
    -- The events and the population an interval needs, where the catalogue says where they are.
    SELECT l.indicator_id, l.area_code, l.period, s.method, s.per, d.value AS denominator,
           coalesce(n.value, round(l.value * d.value / s.per)) AS numerator
    FROM la_fig l
    JOIN indicator_significance s ON s.indicator_id = l.indicator_id
    JOIN fig d ON d.indicator_id = s.denominator_id AND d.area_code = l.area_code
              AND d.period = l.period - s.denominator_lag
    LEFT JOIN fig n ON n.indicator_id = s.numerator_id AND n.area_code = l.area_code AND n.period = l.period
    WHERE l.value IS NOT NULL AND d.value > 0
),
interval AS (
    SELECT c.indicator_id, c.area_code, c.period, c.numerator, c.denominator,
           CASE WHEN c.method = 'proportion' THEN 'wilson'
                WHEN c.numerator < 10 THEN 'exact-poisson' ELSE 'byar' END AS ci_method,
           CASE WHEN c.method = 'proportion'
                THEN (2 * c.numerator + z * z - z * sqrt(z * z + 4 * c.numerator * (1 - c.numerator / c.denominator)))
                     / (2 * (c.denominator + z * z)) * c.per
                WHEN c.numerator < 10 THEN p.lower / c.denominator * c.per
                ELSE c.numerator * pow(1 - 1 / (9 * c.numerator) - z / (3 * sqrt(c.numerator)), 3) / c.denominator * c.per
           END AS ci_lower,
           CASE WHEN c.method = 'proportion'
                THEN (2 * c.numerator + z * z + z * sqrt(z * z + 4 * c.numerator * (1 - c.numerator / c.denominator)))
                     / (2 * (c.denominator + z * z)) * c.per
                WHEN c.numerator < 10 THEN p.upper / c.denominator * c.per
                ELSE (c.numerator + 1) * pow(1 - 1 / (9 * (c.numerator + 1)) + z / (3 * sqrt(c.numerator + 1)), 3)
                     / c.denominator * c.per
           END AS ci_upper
    FROM counted c
    CROSS JOIN (SELECT 1.959963984540054 AS z)
    LEFT JOIN poisson_exact_limit p ON p.events = c.numerator
    WHERE c.numerator >= 0 AND (c.method <> 'proportion' OR c.numerator <= c.denominator)
),
base AS (
    -- One row per indicator, authority and period; the neighbour model and the average come after.
    SELECT p.indicator_id, a.code AS la_code, p.period, i.polarity,
           l.value AS la_value, l.status AS la_status, l.release AS la_release,
           e.value AS england_value, e.status AS england_status, e.release AS england_release,
           r.value AS region_value, r.status AS region_status, r.release AS region_release,
           CASE WHEN l.value IS NOT NULL AND i.polarity <> 'none' THEN pl.rank END AS rank,
           CASE WHEN l.value IS NOT NULL AND i.polarity <> 'none' THEN pl.rank_of END AS rank_of,
           CASE WHEN l.value IS NULL OR i.polarity = 'none' OR q.q IS NULL THEN NULL
                WHEN i.polarity = 'higher'
                THEN ['A', 'B', 'C', 'D'][4 - ((l.value >= q.q[1])::INT + (l.value >= q.q[2])::INT + (l.value >= q.q[3])::INT)]
                ELSE ['A', 'B', 'C', 'D'][4 - ((l.value <= q.q[1])::INT + (l.value <= q.q[2])::INT + (l.value <= q.q[3])::INT)]
           END AS quartile,
           p.previous_period, pv.value AS previous_value,
           round((l.value - pv.value) * 1000) / 1000 AS change,
           ci.numerator, ci.denominator, ci.ci_method, ci.ci_lower, ci.ci_upper
    FROM periods p
    JOIN indicator i ON i.id = p.indicator_id
    CROSS JOIN (SELECT code, region_code FROM area WHERE level = 'la') a
    CROSS JOIN england en
    LEFT JOIN la_fig l ON l.indicator_id = p.indicator_id AND l.area_code = a.code AND l.period = p.period
    LEFT JOIN fig e ON e.indicator_id = p.indicator_id AND e.period = p.period AND e.area_code = en.code
    LEFT JOIN fig r ON r.indicator_id = p.indicator_id AND r.period = p.period AND r.area_code = a.region_code
    LEFT JOIN placed pl ON pl.indicator_id = p.indicator_id AND pl.area_code = a.code AND pl.period = p.period
    LEFT JOIN edges q ON q.indicator_id = p.indicator_id AND q.period = p.period
    LEFT JOIN la_fig pv ON pv.indicator_id = p.indicator_id AND pv.area_code = a.code AND pv.period = p.previous_period
    LEFT JOIN interval ci ON ci.indicator_id = p.indicator_id AND ci.area_code = a.code AND ci.period = p.period
),
answered AS (
    SELECT b.*, m.model, v.average,
           CASE v.average WHEN 'mean' THEN na.mean ELSE na.median END AS neighbour_value,
           coalesce(na.count, 0) AS neighbour_count
    FROM base b
    CROSS JOIN models m
    CROSS JOIN averages v
    LEFT JOIN neighbour_avg na ON na.model = m.model AND na.la_code = b.la_code
                              AND na.indicator_id = b.indicator_id AND na.period = b.period
)
SELECT indicator_id, la_code, period, model, average,
       la_value, la_status, la_release, england_value, england_status, england_release,
       region_value, region_status, region_release, neighbour_value, neighbour_count,
       rank, rank_of, quartile, previous_period, previous_value, change,
       CASE WHEN change IS NULL THEN NULL WHEN change > 0 THEN 'up' WHEN change < 0 THEN 'down' ELSE 'same' END AS movement,
       CASE WHEN change IS NULL THEN NULL WHEN change = 0 OR polarity = 'none' THEN 'none'
            WHEN (change > 0) = (polarity = 'higher') THEN 'better' ELSE 'worse' END AS judgement,
       numerator, denominator, ci_method, ci_lower, ci_upper,
       verdict(la_value, previous_value, ci_lower, ci_upper, polarity) AS change_verdict,
       verdict(la_value, england_value, ci_lower, ci_upper, polarity) AS vs_england,
       verdict(la_value, region_value, ci_lower, ci_upper, polarity) AS vs_region,
       verdict(la_value, neighbour_value, ci_lower, ci_upper, polarity) AS vs_neighbours
FROM answered;

-- The current answers, read by key (indicator, authority, model, average); the import recomputes them
-- after loading, and a snapshot made before this script gets them here.
CREATE TABLE answer AS
    SELECT * FROM answers_as_of(NULL, NULL) ORDER BY indicator_id, la_code, model, average, period;
