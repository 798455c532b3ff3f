SELECT CHILD AS child, 'Episodes' AS table_name, 'date episode began is blank' AS detail FROM stg_episodes WHERE DECOM IS NULL
