-- Periods an indicator had no current figure for before this import, under the release that brought them.
INSERT INTO release_change (release, run, kind, indicator_id, period, new_release, figures)
SELECT coalesce(max(o.release), ?), ?, 'new-period', o.indicator_id, o.period, max(o.release), count(*)
FROM observation o JOIN this_import i ON i.id = o.source_file_id
WHERE o.is_current AND o.source = 'national'
  AND NOT EXISTS (SELECT 1 FROM before_figures b WHERE b.indicator_id = o.indicator_id AND b.period = o.period)
GROUP BY o.indicator_id, o.period
