-- Typed tables for the indicators, built from the staged extract (every staged column is text).
-- Unreadable dates were reported by validation and their rows are left out.
CREATE TABLE child AS
    SELECT CHILD AS child, try_strptime(DOB, '%d/%m/%Y')::DATE AS dob
    FROM stg_header;

-- As DfE counts: a period of care is a run of episodes each starting on the day the one before it
-- ended, short breaks (legal status V3 or V4) included, so a short break inside ordinary care does not
-- end the period. A period made only of short breaks (a child looked after only under an agreed series
-- of short-term placements) is left out, and so are the short-break episodes themselves: every figure
-- reads the ordinary episodes, each carrying its period's start, end and reason ceased. A placement
-- starts with the period's first ordinary episode or with one whose reason for new episode says the
-- placement changed (S, P, B, T, U); an episode for a change of legal status only (L) continues it.
CREATE TABLE episode AS
WITH typed AS (
    SELECT CHILD AS child, try_strptime(DECOM, '%d/%m/%Y')::DATE AS decom,
           try_strptime(DEC, '%d/%m/%Y')::DATE AS dec, RNE AS rne, PLACE AS place, REC AS rec, LS AS ls,
           CIN AS cin, coalesce(LS, '') IN ('V3', 'V4') AS short_break
    FROM stg_episodes
    WHERE try_strptime(DECOM, '%d/%m/%Y') IS NOT NULL
), ordered AS (
    SELECT *, row_number() OVER w AS seq, lag(dec) OVER w AS previous_dec, lead(decom) OVER w AS next_decom
    FROM typed
    WINDOW w AS (PARTITION BY child ORDER BY decom, dec NULLS LAST, rne, place, rec)
), chained AS (
    SELECT *, sum((seq = 1 OR previous_dec IS NULL OR decom <> previous_dec)::INTEGER)
               OVER (PARTITION BY child ORDER BY seq) AS care_no
    FROM ordered
), periods AS (
    SELECT *, min(decom) OVER p AS care_start,
           CASE WHEN last_value(dec IS NOT NULL) OVER p THEN last_value(dec) OVER p END AS care_end,
           last_value(rec) OVER p AS care_end_reason,
           bool_and(short_break) OVER p AS short_breaks_only
    FROM chained
    WINDOW p AS (PARTITION BY child, care_no ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
), ordinary AS (
    SELECT *, row_number() OVER (PARTITION BY child, care_no ORDER BY seq) = 1 AS starts_care,
           row_number() OVER (PARTITION BY child, care_no ORDER BY seq DESC) = 1 AND care_end IS NOT NULL AS ends_care
    FROM periods
    WHERE NOT short_break
), numbered AS (
    SELECT *, sum((starts_care OR rne IN ('S', 'P', 'B', 'T', 'U'))::INTEGER)
               OVER (PARTITION BY child ORDER BY seq) AS placement_no
    FROM ordinary
)
SELECT child, decom, dec, rne, place, rec, ls, cin, seq, care_no, care_start, care_end, care_end_reason, starts_care,
       ends_care, placement_no, min(decom) OVER (PARTITION BY child, placement_no) AS placement_start
FROM numbered;

CREATE TABLE oc2 AS
    SELECT CHILD AS child, try_cast(SDQ_SCORE AS INTEGER) AS sdq_score, CONVICTED AS convicted,
           HEALTH_ASSESSMENT AS health_assessment, IMMUNISATIONS AS immunisations, TEETH_CHECK AS teeth_check,
           SUBSTANCE_MISUSE AS substance_misuse
    FROM stg_oc2;

CREATE TABLE oc3 AS
    SELECT CHILD AS child, try_strptime(DOB, '%d/%m/%Y')::DATE AS dob, IN_TOUCH AS in_touch,
           ACTIV AS activity, ACCOM AS accommodation
    FROM stg_oc3;

CREATE TABLE missing_episode AS
    SELECT CHILD AS child, MISSING AS kind, try_strptime(MIS_START, '%d/%m/%Y')::DATE AS started
    FROM stg_missing;
