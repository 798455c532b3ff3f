-- Placed for adoption with current foster carers (A3, A5) from 1 April 2015 on.
SELECT CHILD AS child, 'Episodes' AS table_name, 'placement ' || PLACE || ' begun ' || DECOM || ' with reason for new episode '
       || coalesce(RNE, 'blank') AS detail
FROM rule_episode WHERE PLACE IN ('A3', 'A5') AND began >= DATE '2015-04-01' AND coalesce(RNE, '') NOT IN ('S', 'T', 'U')
