-- A short break (legal status V3 or V4) is not a long-term foster placement (U1, U4).
SELECT CHILD AS child, 'Episodes' AS table_name, 'short break (' || LS || ') from ' || DECOM || ' in long-term foster placement '
       || PLACE AS detail
FROM rule_episode
WHERE LS IN ('V3', 'V4') AND PLACE IN ('U1', 'U4')
