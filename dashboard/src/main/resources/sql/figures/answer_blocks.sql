-- Every answer of the snapshot, block after block (indicator, neighbour model and average), so that
-- one scan fills every block and each is ready as soon as its last row is read.
SELECT *
FROM answer
ORDER BY indicator_id, model, average, la_code, period
