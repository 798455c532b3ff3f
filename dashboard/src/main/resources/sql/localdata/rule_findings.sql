-- What DfE's rules found in one extract: per rule and table, most rows first.
SELECT rule_code, table_name, message, rows_flagged, children_flagged
FROM local_rule_finding
WHERE source_file_id = :source_file_id
ORDER BY rows_flagged DESC, rule_code, table_name
