-- DfE's rules that the local indicators depend on, across records: rule, child, table, field, message,
-- and whether the finding makes the whole extract unreadable (fatal) rather than some figures.
WITH ordered AS (
    SELECT CHILD, DECOM, DEC, try_strptime(DECOM, '%d/%m/%Y')::DATE AS began, try_strptime(DEC, '%d/%m/%Y')::DATE AS ceased,
           row_number() OVER w AS seq, lag(try_strptime(DEC, '%d/%m/%Y')::DATE) OVER w AS previous_ceased, lag(DEC) OVER w AS previous_text
    FROM stg_episodes
    WINDOW w AS (PARTITION BY CHILD ORDER BY try_strptime(DECOM, '%d/%m/%Y'), try_strptime(DEC, '%d/%m/%Y') NULLS LAST)
)
SELECT 'child-duplicated', CHILD, 'Header', 'CHILD', 'the child appears ' || count(*) || ' times in Header', true
FROM stg_header GROUP BY CHILD HAVING count(*) > 1
UNION ALL
SELECT 'child-not-in-header', e.CHILD, 'Episodes', 'CHILD', 'an episode for a child who is not in Header', true
FROM (SELECT DISTINCT CHILD FROM stg_episodes) e ANTI JOIN stg_header h ON h.CHILD = e.CHILD
UNION ALL
SELECT 'child-not-in-header', o.CHILD, o.table_name, 'CHILD', 'a record for a child who is not in Header', false
FROM (SELECT DISTINCT CHILD, 'OC2' AS table_name FROM stg_oc2 UNION ALL SELECT DISTINCT CHILD, 'Missing' FROM stg_missing) o
ANTI JOIN stg_header h ON h.CHILD = o.CHILD
UNION ALL
SELECT '102', CHILD, 'Header', 'DOB', 'date of birth is blank', false FROM stg_header WHERE DOB IS NULL
UNION ALL
SELECT '141', CHILD, 'Episodes', 'DECOM', 'date episode began is blank', false FROM stg_episodes WHERE DECOM IS NULL
UNION ALL
SELECT '356', CHILD, 'Episodes', 'DEC', 'episode ceased ' || DEC || ', before it began ' || DECOM, false
FROM ordered WHERE ceased < began
UNION ALL
SELECT '501', CHILD, 'Episodes', 'DECOM', 'episode began ' || DECOM || ', before the previous one ceased ' || previous_text, false
FROM ordered WHERE began < previous_ceased
UNION ALL
SELECT '142', CHILD, 'Episodes', 'DEC', 'episode began ' || DECOM || ' but the previous episode has not ceased', false
FROM ordered WHERE seq > 1 AND previous_ceased IS NULL
