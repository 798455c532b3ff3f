-- An episode with LS J2 (PACE) lasting more than 21 days (one still open at the year's end lasts to it).
SELECT CHILD AS child, 'Episodes' AS table_name, 'LS J2 from ' || DECOM || ' to ' || coalesce(DEC, 'the end of the year')
       || ', ' || date_diff('day', began, coalesce(ceased, getvariable('collection_end'))) || ' days' AS detail
FROM rule_episode
WHERE LS = 'J2' AND date_diff('day', began, coalesce(ceased, getvariable('collection_end'))) > 21
