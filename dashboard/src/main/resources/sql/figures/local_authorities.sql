-- The authorities a reader can choose: current ones with published figures (not, say, British Forces
-- Post Office, which has a code and no figures), so every page offers the same list.
SELECT a.code, a.name, a.region_code
FROM area a
WHERE a.level = 'la' AND a.terminated_on IS NULL
  AND EXISTS (SELECT 1 FROM mart_observation o WHERE o.area_code = a.code AND o.source = 'national')
ORDER BY a.name, a.code
