-- L: the legal status changed and the placement (type, provider, postcode, URN) did not.
SELECT CHILD AS child, 'Episodes' AS table_name, 'episode begun ' || DECOM || ' with reason L: legal status '
       || coalesce(LS, 'blank') || ' after ' || coalesce(previous_ls, 'blank') || ', placement ' || coalesce(PLACE, 'blank')
       || ' after ' || coalesce(previous_place, 'blank') AS detail
FROM rule_episode
WHERE seq > 1 AND RNE = 'L'
  AND (LS IS NOT DISTINCT FROM previous_ls OR PLACE IS DISTINCT FROM previous_place
       OR PLACE_PROVIDER IS DISTINCT FROM previous_provider OR PL_POST IS DISTINCT FROM previous_pl_post
       OR URN IS DISTINCT FROM previous_urn)
