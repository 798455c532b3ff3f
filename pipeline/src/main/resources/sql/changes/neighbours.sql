-- Each authority whose neighbours a model loaded by this import changed: against the same model as it
-- was, or, for a model new to the warehouse, against the newest model held before.
INSERT INTO release_change (release, run, kind, area_code, model, old_model, added, removed)
WITH loaded AS (
    SELECT DISTINCT n.model FROM neighbour n JOIN this_import i ON i.id = n.source_file_id
), baseline AS (
    SELECT l.model, CASE WHEN l.model IN (SELECT model FROM before_neighbours) THEN l.model
                         ELSE (SELECT max(model) FROM before_neighbours) END AS old_model
    FROM loaded l
), compared AS (
    SELECT b.model, b.old_model, n.la_code,
           list(n.neighbour_code ORDER BY n.position) AS new_list,
           (SELECT list(p.neighbour_code ORDER BY p.position) FROM before_neighbours p
            WHERE p.model = b.old_model AND p.la_code = n.la_code) AS old_list
    FROM baseline b JOIN neighbour n ON n.model = b.model
    WHERE b.old_model IS NOT NULL
    GROUP BY b.model, b.old_model, n.la_code
)
SELECT ?, ?, 'neighbours', la_code, model, old_model,
       array_to_string(list_filter(new_list, lambda x: NOT list_contains(coalesce(old_list, []), x)), ' '),
       array_to_string(list_filter(coalesce(old_list, []), lambda x: NOT list_contains(new_list, x)), ' ')
FROM compared
WHERE old_list IS NULL OR old_list <> new_list
