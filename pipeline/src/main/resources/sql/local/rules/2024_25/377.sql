-- More than two temporary placements for the usual foster carer's holiday (T3) in the extract's
-- episodes: the extract holds the episodes open in the 12-month collection year.
SELECT CHILD AS child, 'Episodes' AS table_name, count(*) || ' placements T3' AS detail
FROM rule_episode
WHERE PLACE = 'T3'
GROUP BY CHILD
HAVING count(*) > 2
