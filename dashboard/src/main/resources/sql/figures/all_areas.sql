SELECT code, name, region_code, level
FROM area
ORDER BY code
