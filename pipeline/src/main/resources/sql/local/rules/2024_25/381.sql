-- A period of care (reason episode ceased other than X1) does not end in a temporary placement.
SELECT CHILD AS child, 'Episodes' AS table_name, 'care ended ' || DEC || ' with reason ' || REC
       || ' in temporary placement ' || PLACE AS detail
FROM rule_episode
WHERE REC IS NOT NULL AND REC <> 'X1' AND PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4')
