-- Only a first episode that begins in the collection year is known to be the child's first ever.
SELECT CHILD AS child, 'Episodes' AS table_name, 'first episode, begun ' || DECOM || ', has reason for new episode '
       || coalesce(RNE, 'blank') AS detail
FROM rule_episode WHERE seq = 1 AND began >= getvariable('collection_start') AND coalesce(RNE, '') <> 'S'
