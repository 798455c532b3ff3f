-- Died (E2) or aged 18 and over (E15) ends a child's care for good.
SELECT e.CHILD AS child, 'Episodes' AS table_name, 'episode ceased ' || e.DEC || ' with reason ' || e.REC
       || ', but a later episode begins ' || strftime(later.began, '%d/%m/%Y') AS detail
FROM rule_episode e
JOIN (SELECT CHILD, max(began) AS began FROM rule_episode GROUP BY CHILD) later
  ON later.CHILD = e.CHILD AND later.began > e.began
WHERE e.REC IN ('E2', 'E15')
