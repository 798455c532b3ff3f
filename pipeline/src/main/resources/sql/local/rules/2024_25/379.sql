-- : an episode with PLACE T4 lasting more than 7 days (one still open at the year's end lasts to it).
SELECT CHILD AS child, 'Episodes' AS table_name, 'PLACE T4 from ' || DECOM || ' to ' || coalesce(DEC, 'the end of the year')
       || ', ' || date_diff('day', began, coalesce(ceased, getvariable('collection_end'))) || ' days' AS detail
FROM rule_episode
WHERE PLACE = 'T4' AND date_diff('day', began, coalesce(ceased, getvariable('collection_end'))) > 7
