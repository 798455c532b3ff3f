-- A child's date of birth as last year's return recorded it.
SELECT h.CHILD AS child, 'Header' AS table_name, 'born ' || h.DOB || ', last year ' || l.DOB AS detail
FROM stg_header h JOIN stg_header_last l USING (CHILD)
WHERE dmy(h.DOB) IS NOT NULL AND dmy(l.DOB) IS NOT NULL AND dmy(h.DOB) <> dmy(l.DOB)
