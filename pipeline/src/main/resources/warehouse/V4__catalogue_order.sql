-- The catalogue's order, from jobs/indicators.yml, so that the dashboard shows what the definitions
-- say rather than an order of its own: the themes as the scorecard lists them (position 1 first)...
CREATE TABLE theme (
    name     VARCHAR PRIMARY KEY,
    position INTEGER NOT NULL
);

-- ...and the indicator a page shows when none is chosen: true on exactly one row. The default lets
-- rows written without it (older loaders, test fixtures) stay valid.
ALTER TABLE indicator ADD COLUMN is_default BOOLEAN NOT NULL DEFAULT false;
