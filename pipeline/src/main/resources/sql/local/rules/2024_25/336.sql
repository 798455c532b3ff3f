-- A3 and A4 (placed for adoption with current foster carers) must follow a foster or adoption placement.
SELECT CHILD AS child, 'Episodes' AS table_name, 'placement ' || PLACE || ' begun ' || DECOM || ' follows placement '
       || coalesce(previous_place, 'blank') AS detail
FROM rule_episode
WHERE seq > 1 AND PLACE IN ('A3', 'A4')
  AND coalesce(previous_place, '') NOT IN ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
