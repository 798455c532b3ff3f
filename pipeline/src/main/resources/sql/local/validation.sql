-- The product's own checks that the extract hangs together, before DfE's rules run: rule, child,
-- table, field, message, and whether the finding makes the whole extract unreadable (fatal).
SELECT 'child-duplicated', CHILD, 'Header', 'CHILD', 'the child appears ' || count(*) || ' times in Header', true
FROM stg_header GROUP BY CHILD HAVING count(*) > 1
UNION ALL
SELECT 'child-not-in-header', e.CHILD, 'Episodes', 'CHILD', 'an episode for a child who is not in Header', true
FROM (SELECT DISTINCT CHILD FROM stg_episodes) e ANTI JOIN stg_header h ON h.CHILD = e.CHILD
UNION ALL
SELECT 'child-not-in-header', o.CHILD, o.table_name, 'CHILD', 'a record for a child who is not in Header', false
FROM (SELECT DISTINCT CHILD, 'OC2' AS table_name FROM stg_oc2 UNION ALL SELECT DISTINCT CHILD, 'Missing' FROM stg_missing) o
ANTI JOIN stg_header h ON h.CHILD = o.CHILD
