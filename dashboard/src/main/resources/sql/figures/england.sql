SELECT code, name, region_code
FROM area
WHERE level = 'national'
ORDER BY code
LIMIT 1
