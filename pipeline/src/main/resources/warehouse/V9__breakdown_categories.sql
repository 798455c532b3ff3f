-- The profile's vocabulary, from jobs/breakdowns.yml: for each population counted by characteristic
-- (its indicator), each dimension and its categories in order, with every stored breakdown label a
-- category stands for (one row per label; a category of several labels is their sum).
CREATE TABLE breakdown_category (
    population          VARCHAR NOT NULL,
    population_title    VARCHAR NOT NULL,
    population_position INTEGER NOT NULL,
    indicator_id        VARCHAR NOT NULL,
    dimension           VARCHAR NOT NULL,
    dimension_title     VARCHAR NOT NULL,
    dimension_position  INTEGER NOT NULL,
    category_position   INTEGER NOT NULL,
    label               VARCHAR NOT NULL,
    breakdown           VARCHAR NOT NULL
);
