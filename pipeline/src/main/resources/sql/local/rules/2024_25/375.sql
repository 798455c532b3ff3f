-- : an episode with PLACE T1 lasting more than 42 days (one still open at the year's end lasts to it).
SELECT CHILD AS child, 'Episodes' AS table_name, 'PLACE T1 from ' || DECOM || ' to ' || coalesce(DEC, 'the end of the year')
       || ', ' || date_diff('day', began, coalesce(ceased, getvariable('collection_end'))) || ' days' AS detail
FROM rule_episode
WHERE PLACE = 'T1' AND date_diff('day', began, coalesce(ceased, getvariable('collection_end'))) > 42
