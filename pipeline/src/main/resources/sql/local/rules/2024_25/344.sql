SELECT CHILD AS child, 'OC3' AS table_name, 'in touch ' || IN_TOUCH || ', but activity ' || coalesce(ACTIV, 'blank')
       || ' and accommodation ' || coalesce(ACCOM, 'blank') AS detail
FROM stg_oc3 WHERE IN_TOUCH IN ('DIED', 'RHOM') AND (ACTIV IS NOT NULL OR ACCOM IS NOT NULL)
