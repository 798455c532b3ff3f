SELECT CHILD AS child, 'Episodes' AS table_name, 'episode ceased ' || DEC || ', after the collection year ended '
       || strftime(getvariable('collection_end'), '%d/%m/%Y') AS detail
FROM rule_episode WHERE ceased > getvariable('collection_end')
