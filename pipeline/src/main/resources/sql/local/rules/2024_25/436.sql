-- B and U: both the placement (U, temporarily) and the legal status changed.
SELECT CHILD AS child, 'Episodes' AS table_name, 'episode begun ' || DECOM || ' with reason ' || RNE || ': legal status '
       || coalesce(LS, 'blank') || ' after ' || coalesce(previous_ls, 'blank') || ', placement ' || coalesce(PLACE, 'blank')
       || ' after ' || coalesce(previous_place, 'blank') AS detail
FROM rule_episode
WHERE seq > 1 AND RNE IN ('B', 'U')
  AND (LS IS NOT DISTINCT FROM previous_ls
       OR (PLACE IS NOT DISTINCT FROM previous_place AND PLACE_PROVIDER IS NOT DISTINCT FROM previous_provider
           AND PL_POST IS NOT DISTINCT FROM previous_pl_post AND URN IS NOT DISTINCT FROM previous_urn))
