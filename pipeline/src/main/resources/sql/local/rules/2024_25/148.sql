SELECT CHILD AS child, 'Episodes' AS table_name, 'episode begun ' || coalesce(DECOM, '(blank)') || ': date ceased '
       || coalesce(DEC, 'blank') || ', reason ceased ' || coalesce(REC, 'blank') AS detail
FROM stg_episodes WHERE (DEC IS NULL) <> (REC IS NULL)
