-- The rules that touched each figure's children in one extract, those that withheld it first.
SELECT indicator_id, rule_code, table_name, children, children_in_table, withholds
FROM local_figure_check
WHERE source_file_id = :source_file_id
ORDER BY indicator_id, withholds DESC, children DESC, rule_code
