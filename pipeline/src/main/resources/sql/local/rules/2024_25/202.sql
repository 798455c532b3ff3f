-- A child's sex as last year's return recorded it. Sex codes changed from 1/2 to M/F/U in the year
-- ending 31 March 2025 (DfE's January 2025 change), so 1 and M, 2 and F are the same answer.
SELECT h.CHILD AS child, 'Header' AS table_name, 'sex ' || h.SEX || ', last year ' || l.SEX AS detail
FROM stg_header h JOIN stg_header_last l USING (CHILD)
WHERE h.SEX IS NOT NULL AND l.SEX IS NOT NULL
  AND CASE h.SEX WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE h.SEX END
      <> CASE l.SEX WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE l.SEX END
