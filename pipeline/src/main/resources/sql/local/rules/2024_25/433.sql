SELECT CHILD AS child, 'Episodes' AS table_name, 'episode begun ' || DECOM || ' with reason ' || RNE
       || ', but the one before it ' || coalesce('ceased ' || previous_dec, 'has not ceased') AS detail
FROM rule_episode
WHERE seq > 1 AND RNE IN ('L', 'P', 'B', 'T', 'U') AND began IS DISTINCT FROM previous_ceased
