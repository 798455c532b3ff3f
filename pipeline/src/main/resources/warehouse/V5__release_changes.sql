-- What each import that brought national figures or a neighbour model changed, so that the data team
-- and the dashboard can see it: new periods, figures revised (old and new value), figures withdrawn,
-- and each authority's neighbours that a model changed. One import is one run. A figure's change
-- belongs to the release of the new figure; a neighbour change to the newest release of its run.
CREATE TABLE release_change (
    release      VARCHAR NOT NULL,
    run          BIGINT NOT NULL,          -- the import's job execution id
    kind         VARCHAR NOT NULL,         -- new-period | revised | withdrawn | neighbours
    indicator_id VARCHAR,
    area_code    VARCHAR,
    period       INTEGER,
    breakdown    VARCHAR,
    old_value    DOUBLE,
    old_status   VARCHAR,
    old_release  VARCHAR,
    new_value    DOUBLE,
    new_status   VARCHAR,
    new_release  VARCHAR,
    figures      INTEGER,                  -- new-period: how many figures the period brings
    model        VARCHAR,                  -- neighbours: the model loaded, and the one it is compared with
    old_model    VARCHAR,
    added        VARCHAR,                  -- neighbours: codes that joined the authority's group, closest first
    removed      VARCHAR                   -- neighbours: codes that left it
);
