SELECT CHILD AS child, 'Episodes' AS table_name, 'episode begun ' || DECOM || ' with reason S, the day the one before it ceased'
       AS detail
FROM rule_episode WHERE seq > 1 AND RNE = 'S' AND began = previous_ceased
