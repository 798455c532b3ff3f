SELECT code, name, region_code
FROM area
WHERE code = :code AND level = 'la'
