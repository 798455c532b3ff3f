-- Placed with parents (P1) is not possible under a single period of accommodation under section 20 (V2).
SELECT CHILD AS child, 'Episodes' AS table_name, 'placed with parents (P1) from ' || DECOM || ' under legal status V2' AS detail
FROM rule_episode
WHERE PLACE = 'P1' AND LS = 'V2'
