SELECT CHILD AS child, 'Episodes' AS table_name, 'episode begun ' || DECOM || ' with reason ' || coalesce(RNE, 'blank')
       || ' after the child ceased care (' || previous_rec || ')' AS detail
FROM rule_episode WHERE seq > 1 AND previous_rec IS NOT NULL AND previous_rec <> 'X1' AND coalesce(RNE, '') <> 'S'
