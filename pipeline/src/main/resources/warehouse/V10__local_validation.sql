-- What DfE's validation rules found in each local extract, kept with the figures so the dashboard can
-- say why a local figure is withheld. Counts only: no child's record ever reaches a snapshot.

-- Per rule and table: the rows and children flagged, with DfE's message.
CREATE TABLE local_rule_finding (
    source_file_id   INTEGER NOT NULL,
    area_code        VARCHAR NOT NULL,
    rule_pack        VARCHAR NOT NULL,
    rule_code        VARCHAR NOT NULL,
    table_name       VARCHAR NOT NULL,
    message          VARCHAR NOT NULL,
    rows_flagged     BIGINT NOT NULL,
    children_flagged BIGINT NOT NULL
);

-- Per local figure and rule: the children whose inputs to the figure the rule flagged, out of the
-- table's children, and whether that share withheld the figure.
CREATE TABLE local_figure_check (
    source_file_id    INTEGER NOT NULL,
    area_code         VARCHAR NOT NULL,
    indicator_id      VARCHAR NOT NULL,
    rule_code         VARCHAR NOT NULL,
    table_name        VARCHAR NOT NULL,
    children          BIGINT NOT NULL,
    children_in_table BIGINT NOT NULL,
    withholds         BOOLEAN NOT NULL
);

-- Every figure the extract was to give, published or withheld, and why withheld.
CREATE TABLE local_figure_status (
    source_file_id  INTEGER NOT NULL,
    area_code       VARCHAR NOT NULL,
    indicator_id    VARCHAR NOT NULL,
    period_end      DATE NOT NULL,
    published       BOOLEAN NOT NULL,
    withheld_reason VARCHAR
);

-- The latest extract of each authority, the one its local figures now come from.
CREATE VIEW mart_local_extract AS
    SELECT s.area_code, s.source_file_id, f.file_name, f.release, f.loaded_at, max(s.period_end) AS period_end,
           any_value(r.rule_pack) AS rule_pack
    FROM local_figure_status s
    JOIN source_file f ON f.id = s.source_file_id
    LEFT JOIN local_rule_finding r ON r.source_file_id = s.source_file_id
    WHERE s.source_file_id = (SELECT max(l.source_file_id) FROM local_figure_status l WHERE l.area_code = s.area_code)
    GROUP BY s.area_code, s.source_file_id, f.file_name, f.release, f.loaded_at;
