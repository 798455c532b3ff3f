package org.carebench.dashboard.comparison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.carebench.dashboard.warehouse.SqlResource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The warehouse queries behind comparisons; each statement lives in its own file under sql/comparison. */
@Component
class ComparisonQueries {

    private static final String INDICATOR = sql("indicator");
    private static final String LOCAL_AUTHORITY = sql("local_authority");
    private static final String AREA = sql("area");
    private static final String ENGLAND = sql("england");
    private static final String LOCAL_AUTHORITIES = sql("local_authorities_with_figures");
    private static final String PERIODS = sql("periods");
    private static final String NEIGHBOUR_MODELS = sql("neighbour_models");
    private static final String NEIGHBOURS = sql("neighbours");
    private static final String FIGURES = sql("figures_by_area_and_period");
    private static final String LA_VALUES = sql("local_authority_values_by_period");
    private static final String SOURCE_FILES = sql("source_files_shown");
    private static final String SAMPLE_PRESENT = sql("sample_data_present");

    static final RowMapper<Indicator> INDICATOR_ROW = (rs, i) -> new Indicator(rs.getString("id"),
            rs.getString("title"), rs.getString("theme"), rs.getString("unit"), Polarity.of(rs.getString("polarity")),
            rs.getString("definition"), rs.getString("source"), rs.getString("caveats"));

    static final RowMapper<Area> AREA_ROW =
            (rs, i) -> new Area(rs.getString("code"), rs.getString("name"), rs.getString("region_code"));

    Optional<Indicator> indicator(NamedParameterJdbcTemplate jdbc, String id) {
        return jdbc.query(INDICATOR, Map.of("indicator", id), INDICATOR_ROW).stream().findFirst();
    }

    Optional<Area> localAuthority(NamedParameterJdbcTemplate jdbc, String code) {
        return jdbc.query(LOCAL_AUTHORITY, Map.of("code", code), AREA_ROW).stream().findFirst();
    }

    Optional<Area> area(NamedParameterJdbcTemplate jdbc, String code) {
        return jdbc.query(AREA, Map.of("code", code), AREA_ROW).stream().findFirst();
    }

    Optional<Area> england(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query(ENGLAND, Map.of(), AREA_ROW).stream().findFirst();
    }

    List<Area> localAuthoritiesWithFigures(NamedParameterJdbcTemplate jdbc, String indicator) {
        return jdbc.query(LOCAL_AUTHORITIES, Map.of("indicator", indicator), AREA_ROW);
    }

    List<Integer> periods(NamedParameterJdbcTemplate jdbc, String indicator) {
        return jdbc.queryForList(PERIODS, Map.of("indicator", indicator), Integer.class);
    }

    List<String> neighbourModels(NamedParameterJdbcTemplate jdbc) {
        return jdbc.queryForList(NEIGHBOUR_MODELS, Map.of(), String.class);
    }

    List<Area> neighbours(NamedParameterJdbcTemplate jdbc, String model, String la) {
        return jdbc.query(NEIGHBOURS, Map.of("model", model, "la", la), AREA_ROW);
    }

    List<Neighbour> neighbourDetails(NamedParameterJdbcTemplate jdbc, String model, String la) {
        return jdbc.query(NEIGHBOURS, Map.of("model", model, "la", la), (rs, i) ->
                new Neighbour(rs.getInt("position"), AREA_ROW.mapRow(rs, i), rs.getString("closeness")));
    }

    /** Figures keyed by area code, then period. */
    Map<String, Map<Integer, Figure>> figures(NamedParameterJdbcTemplate jdbc, String indicator,
            Collection<String> areas) {
        Map<String, Map<Integer, Figure>> figures = new HashMap<>();
        jdbc.query(FIGURES, Map.of("indicator", indicator, "areas", areas), rs -> {
            figures.computeIfAbsent(rs.getString("area_code"), code -> new TreeMap<>())
                    .put(rs.getInt("period"), new Figure(nullableDouble(rs, "value"), rs.getString("status"),
                            rs.getString("release")));
        });
        return figures;
    }

    /** Every local authority's published value, by period: the population that ranks and bands use. */
    Map<Integer, List<Double>> localAuthorityValues(NamedParameterJdbcTemplate jdbc, String indicator) {
        Map<Integer, List<Double>> values = new HashMap<>();
        jdbc.query(LA_VALUES, Map.of("indicator", indicator), rs -> {
            values.computeIfAbsent(rs.getInt("period"), p -> new ArrayList<>()).add(rs.getDouble("value"));
        });
        return values;
    }

    List<SourceFile> sourceFiles(NamedParameterJdbcTemplate jdbc, String indicator, Collection<String> areas) {
        return jdbc.query(SOURCE_FILES, Map.of("indicator", indicator, "areas", areas), (rs, i) ->
                new SourceFile(rs.getString("file_name"), rs.getString("release"), rs.getBoolean("sample")));
    }

    boolean samplePresent(NamedParameterJdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.queryForObject(SAMPLE_PRESENT, Map.of(), Boolean.class));
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static String sql(String name) {
        return SqlResource.load("comparison/" + name + ".sql");
    }
}
