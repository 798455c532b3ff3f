-- An emergency protection order lasts at most 21 days: legal status L2 lasting more than 21 days, across consecutive episodes (a change of placement
-- does not end the order), one still open at the year's end lasting to it.
SELECT CHILD AS child, 'Episodes' AS table_name, 'legal status L2 from ' || strftime(min(began), '%d/%m/%Y') || ', '
       || date_diff('day', min(began), max(coalesce(ceased, getvariable('collection_end')))) || ' days' AS detail
FROM (SELECT *, sum(CASE WHEN previous_ls IS DISTINCT FROM LS OR previous_ceased IS DISTINCT FROM began THEN 1 ELSE 0 END)
                    OVER (PARTITION BY CHILD ORDER BY seq) AS spell
      FROM rule_episode)
WHERE LS = 'L2'
GROUP BY CHILD, spell
HAVING date_diff('day', min(began), max(coalesce(ceased, getvariable('collection_end')))) > 21
