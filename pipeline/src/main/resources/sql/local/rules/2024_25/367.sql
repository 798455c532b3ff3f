-- More than 75 days under respite care (LS V3) within the year, episodes counted from the year's start
-- (or their start) to their end (or the year's end).
SELECT CHILD AS child, 'Episodes' AS table_name, sum(days) || ' days under LS V3 in the year' AS detail
FROM (SELECT CHILD, date_diff('day', greatest(began, getvariable('collection_start')),
                              least(coalesce(ceased, getvariable('collection_end')), getvariable('collection_end'))) AS days
      FROM rule_episode
      WHERE LS = 'V3' AND began <= getvariable('collection_end')
        AND coalesce(ceased, getvariable('collection_end')) >= getvariable('collection_start'))
GROUP BY CHILD
HAVING sum(days) > 75
