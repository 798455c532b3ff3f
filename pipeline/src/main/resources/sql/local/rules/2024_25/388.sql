-- X1 (new episode begins) must be followed by an episode that day; any other reason ceased must not;
-- and the child's latest episode cannot end with X1.
SELECT CHILD AS child, 'Episodes' AS table_name, 'episode ceased ' || DEC || ' with reason ' || REC
       || CASE WHEN next_began IS NULL THEN ', and no episode follows'
               ELSE ', the next episode began ' || strftime(next_began, '%d/%m/%Y') END AS detail
FROM rule_episode
WHERE ceased IS NOT NULL AND REC IS NOT NULL
  AND ((REC = 'X1' AND next_began IS DISTINCT FROM ceased) OR (REC <> 'X1' AND next_began = ceased))
