SELECT n.neighbour_code AS code, coalesce(a.name, n.neighbour_code) AS name, a.region_code, n.position, n.closeness
FROM neighbour n
LEFT JOIN area a ON a.code = n.neighbour_code
WHERE n.model = :model AND n.la_code = :la
ORDER BY n.position
