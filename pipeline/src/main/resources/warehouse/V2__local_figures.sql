-- Local figures: a council's own, computed from its SSDA903 extract or typed into the local-figures
-- workbook. They sit beside the national figures (source 'local') and are never ranked with them.

-- A rolling 12 months ends on any month end, so a local figure needs its end date as well as the
-- year ending 31 March it falls in (period). National figures leave it NULL; a local figure for the
-- statutory year T has period T and period_end T-03-31.
ALTER TABLE observation ADD COLUMN period_end DATE;

-- The note a local figure carries: how the council computed it, or what the workbook said about it.
ALTER TABLE observation ADD COLUMN notes VARCHAR;

-- How this product derives each indicator from an SSDA903 extract, judgement calls included, shown
-- wherever a local figure is.
CREATE TABLE local_indicator_definition (
    indicator_id VARCHAR PRIMARY KEY,
    definition   VARCHAR NOT NULL
);

-- National figures only, as before: every rank, quartile and neighbour average is computed from this
-- view, so a council's own unpublished figures can never enter them.
DROP VIEW mart_observation;
CREATE VIEW mart_observation AS
    SELECT indicator_id, area_code, period, breakdown, value, status, source, release, source_file_id, period_end
    FROM observation
    WHERE is_current AND source = 'national';

-- A council's own figures, to show beside the national ones and always labelled as local and
-- unpublished, with how each was derived.
CREATE VIEW mart_local_observation AS
    SELECT o.indicator_id, o.area_code, o.period, o.period_end, o.breakdown, o.value, o.status, o.release,
           o.source_file_id, o.notes, d.definition AS local_definition
    FROM observation o
    LEFT JOIN local_indicator_definition d ON d.indicator_id = o.indicator_id
    WHERE o.is_current AND o.source = 'local';
