-- The warehouse model. Every snapshot file is created by running these scripts in order.

-- England, regions and local authorities. LAs are keyed by DfE's stable 3-digit code;
-- England and regions by their ONS code (E92000001, E12000001...), as DfE's files identify them.
CREATE TABLE area (
    code             VARCHAR PRIMARY KEY,
    level            VARCHAR NOT NULL,   -- national | regional | la
    name             VARCHAR NOT NULL,
    region_code      VARCHAR,            -- an LA's region (E12...), as DfE's files place it
    ons_code         VARCHAR,            -- an LA's newest 9-character code
    operational_from DATE,
    terminated_on    DATE,
    successor_code   VARCHAR             -- 3-digit code of the LA that took over a reorganised one
);

CREATE TABLE area_ons_code (
    ons_code         VARCHAR NOT NULL,
    area_code        VARCHAR NOT NULL,
    operational_from DATE,
    terminated_on    DATE
);

CREATE TABLE indicator (
    id         VARCHAR PRIMARY KEY,       -- kebab-case, stable: the API's indicator parameter
    title      VARCHAR NOT NULL,
    theme      VARCHAR NOT NULL,
    unit       VARCHAR NOT NULL,          -- count | percent | rate-per-10k | score | days
    polarity   VARCHAR NOT NULL,          -- higher | lower | none
    definition VARCHAR,
    source     VARCHAR,
    caveats    VARCHAR
);

CREATE TABLE source_file (
    id               INTEGER PRIMARY KEY,
    file_name        VARCHAR NOT NULL,
    path             VARCHAR NOT NULL,
    sha256           VARCHAR NOT NULL,
    layout           VARCHAR NOT NULL,
    release          VARCHAR,
    sample           BOOLEAN NOT NULL DEFAULT false, -- bundled sample data, not published statistics
    rows_read        BIGINT,
    rows_loaded      BIGINT,
    rows_rejected    BIGINT,
    job_execution_id BIGINT,
    loaded_at        TIMESTAMP NOT NULL
);

-- One figure. A suppressed figure has a NULL value and DfE's symbol in status (c, x, z, k, ...);
-- a published figure has a value and a NULL status. A suppression symbol is never a number.
CREATE TABLE observation (
    indicator_id   VARCHAR NOT NULL,
    area_code      VARCHAR NOT NULL,
    period         INTEGER NOT NULL,         -- year ending 31 March (academic year 2024/25 -> 2025)
    breakdown      VARCHAR NOT NULL DEFAULT '',
    value          DOUBLE,
    status         VARCHAR,
    source         VARCHAR NOT NULL,         -- national | local
    release        VARCHAR,                  -- the release (or local extract) the figure came from
    source_file_id INTEGER NOT NULL,
    is_current     BOOLEAN NOT NULL          -- false once a newer release revised the figure
);

-- A statistical-neighbour model: each LA's neighbours in order, closest first.
CREATE TABLE neighbour (
    model          VARCHAR NOT NULL,         -- 2021, 2025, ...
    la_code        VARCHAR NOT NULL,
    position       INTEGER NOT NULL,
    neighbour_code VARCHAR NOT NULL,
    closeness      VARCHAR,
    source_file_id INTEGER NOT NULL
);

CREATE VIEW mart_observation AS
    SELECT indicator_id, area_code, period, breakdown, value, status, source, release, source_file_id
    FROM observation
    WHERE is_current;

-- Councils reorganised into others: a trend line crossing the date shows the predecessors'
-- figures as theirs, never silently joined to the successor's.
CREATE TABLE area_succession (
    predecessor_code VARCHAR NOT NULL,
    successor_code   VARCHAR NOT NULL,
    effective        DATE NOT NULL
);
