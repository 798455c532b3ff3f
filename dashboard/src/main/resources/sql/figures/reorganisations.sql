-- The councils an authority took over from, and those that took over from it, with the date: a trend
-- that crosses the date goes on under the other council's code, so the page points there.
SELECT TRUE AS predecessor, a.code, a.name, a.region_code, s.effective
FROM area_succession s
JOIN area a ON a.code = s.predecessor_code
WHERE s.successor_code = :la
UNION ALL
SELECT FALSE AS predecessor, a.code, a.name, a.region_code, s.effective
FROM area_succession s
JOIN area a ON a.code = s.successor_code
WHERE s.predecessor_code = :la
ORDER BY predecessor DESC, name, code
