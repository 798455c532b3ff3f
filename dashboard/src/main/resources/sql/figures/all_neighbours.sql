-- Every model's neighbours of every authority, closest first: read once per snapshot.
SELECT n.model, n.la_code, n.neighbour_code AS code, coalesce(a.name, n.neighbour_code) AS name, a.region_code
FROM neighbour n
LEFT JOIN area a ON a.code = n.neighbour_code
ORDER BY n.model, n.la_code, n.position
