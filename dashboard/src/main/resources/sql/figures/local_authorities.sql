SELECT code, name, region_code
FROM area
WHERE level = 'la' AND terminated_on IS NULL
ORDER BY name, code
