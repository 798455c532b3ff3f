-- A short break (legal status V3 or V4) is not a temporary placement.
SELECT CHILD AS child, 'Episodes' AS table_name, 'short break (' || LS || ') from ' || DECOM || ' in temporary placement '
       || PLACE AS detail
FROM rule_episode
WHERE LS IN ('V3', 'V4') AND PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4')
