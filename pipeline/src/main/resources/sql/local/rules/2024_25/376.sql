-- : an episode with PLACE T3 lasting more than 21 days (one still open at the year's end lasts to it).
SELECT CHILD AS child, 'Episodes' AS table_name, 'PLACE T3 from ' || DECOM || ' to ' || coalesce(DEC, 'the end of the year')
       || ', ' || date_diff('day', began, coalesce(ceased, getvariable('collection_end'))) || ' days' AS detail
FROM rule_episode
WHERE PLACE = 'T3' AND date_diff('day', began, coalesce(ceased, getvariable('collection_end'))) > 21
