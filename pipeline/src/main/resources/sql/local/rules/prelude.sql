-- Shared by every rule pack: typed episodes in order, each beside the one before and after it, and
-- DfE's cohort of children looked after continuously for 12 months at 31 March. The collection year
-- is the variables collection_start and collection_end.
CREATE OR REPLACE MACRO dmy(text) AS try_strptime(text, '%d/%m/%Y')::DATE;

CREATE OR REPLACE TEMP TABLE rule_episode AS
SELECT *, row_number() OVER w AS seq, lag(began) OVER w AS previous_began, lag(ceased) OVER w AS previous_ceased,
       lag(DEC) OVER w AS previous_dec, lag(REC) OVER w AS previous_rec, lag(LS) OVER w AS previous_ls,
       lag(PLACE) OVER w AS previous_place, lag(PLACE_PROVIDER) OVER w AS previous_provider,
       lag(PL_POST) OVER w AS previous_pl_post, lag(URN) OVER w AS previous_urn,
       lead(began) OVER w AS next_began, lead(RNE) OVER w AS next_rne
FROM (SELECT *, dmy(DECOM) AS began, dmy(DEC) AS ceased FROM stg_episodes WHERE dmy(DECOM) IS NOT NULL)
WINDOW w AS (PARTITION BY CHILD ORDER BY began, ceased NULLS LAST);

-- Looked after during the year, and no episode that began care after the year began, ended care
-- during it, or was a short break (V3, V4) in it.
CREATE OR REPLACE TEMP TABLE rule_looked_after_12_months AS
SELECT CHILD FROM rule_episode
GROUP BY CHILD
HAVING bool_or(began <= getvariable('collection_end') AND coalesce(ceased >= getvariable('collection_start'), true))
   AND NOT bool_or((RNE = 'S' AND began > getvariable('collection_start'))
       -- an open episode (no end date) ends nothing: coalesce, or its unknown would drop the child
       OR coalesce(coalesce(REC, '') <> 'X1' AND ceased >= getvariable('collection_start') AND ceased < getvariable('collection_end'), false)
       OR (LS IN ('V3', 'V4') AND began <= getvariable('collection_end')
           AND coalesce(ceased >= getvariable('collection_start'), true)));

-- Each child's age on 31 March of the collection year, in whole years.
CREATE OR REPLACE TEMP TABLE rule_age AS
SELECT CHILD, date_diff('year', dmy(DOB), getvariable('collection_end'))
       - CASE WHEN strftime(getvariable('collection_end'), '%m%d') < strftime(dmy(DOB), '%m%d') THEN 1 ELSE 0 END
       AS age_at_end,
       date_diff('year', dmy(DOB), getvariable('collection_start'))
       - CASE WHEN strftime(getvariable('collection_start'), '%m%d') < strftime(dmy(DOB), '%m%d') THEN 1 ELSE 0 END
       AS age_at_start
FROM stg_header WHERE dmy(DOB) IS NOT NULL;
