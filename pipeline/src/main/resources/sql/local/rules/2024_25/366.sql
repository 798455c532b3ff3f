-- A short break (V3) is one placement: every V3 episode starts one.
SELECT CHILD AS child, 'Episodes' AS table_name, 'short-break episode begun ' || DECOM || ' has reason for new episode '
       || coalesce(RNE, 'blank') AS detail
FROM rule_episode WHERE LS = 'V3' AND coalesce(RNE, '') <> 'S'
