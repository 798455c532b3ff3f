-- Care leavers in OC3 with no episode open in the collection year have no other records.
WITH leavers AS (
    SELECT CHILD FROM stg_oc3
    ANTI JOIN (SELECT DISTINCT CHILD FROM rule_episode
               WHERE began <= getvariable('collection_end') AND coalesce(ceased >= getvariable('collection_start'), true))
         USING (CHILD)
)
SELECT CHILD AS child, table_name, 'care leaver with no episode in the year has a ' || table_name || ' record' AS detail
FROM (SELECT CHILD, 'PlacedAdoption' AS table_name FROM stg_placedadoption
      UNION ALL SELECT CHILD, 'Missing' FROM stg_missing
      UNION ALL SELECT CHILD, 'Reviews' FROM stg_reviews
      UNION ALL SELECT CHILD, 'AD1' FROM stg_ad1
      UNION ALL SELECT CHILD, 'PrevPerm' FROM stg_prevperm
      UNION ALL SELECT CHILD, 'OC2' FROM stg_oc2)
WHERE CHILD IN (SELECT CHILD FROM leavers)
