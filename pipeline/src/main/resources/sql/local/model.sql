-- Typed tables for the indicators, built from the staged extract (every staged column is text).
-- Episodes under legal status V3 or V4 (an agreed series of short-term placements) are left out
-- here, once, as DfE leaves them out of every figure. Unreadable dates were reported by validation
-- and their rows are left out too.
CREATE TABLE child AS
    SELECT CHILD AS child, try_strptime(DOB, '%d/%m/%Y')::DATE AS dob
    FROM stg_header;

-- A period of care is a run of episodes each starting on the day the one before it ended. A
-- placement starts with a period of care or with an episode whose reason for new episode says the
-- placement changed (S, P, B, T, U); an episode for a change of legal status only (L) continues it.
CREATE TABLE episode AS
WITH typed AS (
    SELECT CHILD AS child, try_strptime(DECOM, '%d/%m/%Y')::DATE AS decom,
           try_strptime(DEC, '%d/%m/%Y')::DATE AS dec, RNE AS rne, PLACE AS place, REC AS rec
    FROM stg_episodes
    WHERE coalesce(LS, '') NOT IN ('V3', 'V4') AND try_strptime(DECOM, '%d/%m/%Y') IS NOT NULL
), ordered AS (
    SELECT *, row_number() OVER w AS seq, lag(dec) OVER w AS previous_dec, lead(decom) OVER w AS next_decom
    FROM typed
    WINDOW w AS (PARTITION BY child ORDER BY decom, dec NULLS LAST, rne, place, rec)
), flagged AS (
    SELECT *, (seq = 1 OR previous_dec IS NULL OR decom <> previous_dec) AS starts_care,
           (dec IS NOT NULL AND (next_decom IS NULL OR next_decom <> dec)) AS ends_care
    FROM ordered
), numbered AS (
    SELECT *, sum(starts_care::INTEGER) OVER w AS care_no,
           sum((starts_care OR rne IN ('S', 'P', 'B', 'T', 'U'))::INTEGER) OVER w AS placement_no
    FROM flagged
    WINDOW w AS (PARTITION BY child ORDER BY seq)
)
SELECT *, min(decom) OVER (PARTITION BY child, care_no) AS care_start,
       min(decom) OVER (PARTITION BY child, placement_no) AS placement_start
FROM numbered;

CREATE TABLE oc2 AS
    SELECT CHILD AS child, try_cast(SDQ_SCORE AS INTEGER) AS sdq_score, CONVICTED AS convicted,
           HEALTH_CHECK AS health_check, IMMUNISATIONS AS immunisations, TEETH_CHECK AS teeth_check,
           SUBSTANCE_MISUSE AS substance_misuse
    FROM stg_oc2;

CREATE TABLE oc3 AS
    SELECT CHILD AS child, try_strptime(DOB, '%d/%m/%Y')::DATE AS dob, IN_TOUCH AS in_touch,
           ACTIV AS activity, ACCOM AS accommodation
    FROM stg_oc3;

CREATE TABLE missing_episode AS
    SELECT CHILD AS child, MISSING AS kind, try_strptime(MIS_START, '%d/%m/%Y')::DATE AS started
    FROM stg_missing;
