-- How many changes of each kind each import's change report holds.
SELECT release, run, kind, count(*) AS changes
FROM release_change
GROUP BY release, run, kind
ORDER BY release, run, kind
