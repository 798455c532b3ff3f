SELECT code, level, name, region_code
FROM area
ORDER BY CASE level WHEN 'national' THEN 0 WHEN 'regional' THEN 1 ELSE 2 END, name, code
