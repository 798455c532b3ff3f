SELECT CHILD AS child, 'Header' AS table_name, 'date of birth is blank' AS detail FROM stg_header WHERE DOB IS NULL
