package org.carebench.dashboard.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carebench.dashboard.warehouse.SqlResource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The warehouse queries every feature reads through: the catalogue, areas, neighbours and releases.
 * Each statement lives in its own file under {@code sql/figures}.
 */
@Component
public class FigureQueries {

    private static final String INDICATOR = sql("indicator");
    private static final String INDICATORS = sql("indicators");
    private static final String WITH_LA_FIGURES = sql("indicators_with_local_authority_figures");
    private static final String LOCAL_AUTHORITIES = sql("local_authorities");
    private static final String AREAS = sql("areas");
    private static final String ENGLAND = sql("england");
    private static final String NEIGHBOUR_MODELS = sql("neighbour_models");
    private static final String NEIGHBOURS = sql("neighbours");
    private static final String RELEASES = sql("releases_shown");
    private static final String FIGURES_FOR_PERIOD = sql("figures_for_period");
    private static final String THEMES = sql("themes");
    private static final String DEFAULT_INDICATOR = sql("default_indicator");
    private static final String REORGANISATIONS = sql("reorganisations");
    private static final String ALL_AREAS = sql("all_areas");
    private static final String ALL_NEIGHBOURS = sql("all_neighbours");

    private static final RowMapper<Indicator> INDICATOR_ROW = (rs, i) -> new Indicator(
            rs.getString("id"),
            rs.getString("title"),
            rs.getString("theme"),
            rs.getString("unit"),
            Polarity.of(rs.getString("polarity")),
            rs.getString("definition"),
            rs.getString("source"),
            rs.getString("caveats"));

    private static final RowMapper<Area> AREA_ROW =
            (rs, i) -> new Area(rs.getString("code"), rs.getString("name"), rs.getString("region_code"));

    public Optional<Indicator> indicator(NamedParameterJdbcTemplate jdbc, String id) {
        return jdbc.query(INDICATOR, Map.of("indicator", id), INDICATOR_ROW).stream()
                .findFirst();
    }

    public List<Indicator> indicators(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query(INDICATORS, Map.of(), INDICATOR_ROW);
    }

    /** The themes in the catalogue's order. */
    public List<String> themes(NamedParameterJdbcTemplate jdbc) {
        return jdbc.queryForList(THEMES, Map.of(), String.class);
    }

    public String defaultIndicator(NamedParameterJdbcTemplate jdbc) {
        return jdbc.queryForList(DEFAULT_INDICATOR, Map.of(), String.class).stream()
                .findFirst()
                .orElseThrow(() -> new UnknownReferenceException("indicator", "none in the catalogue"));
    }

    /** The catalogue less the national-only indicators, which have no authority to compare. */
    public List<Indicator> indicatorsWithLocalAuthorityFigures(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query(WITH_LA_FIGURES, Map.of(), INDICATOR_ROW);
    }

    public List<Area> localAuthorities(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query(LOCAL_AUTHORITIES, Map.of(), AREA_ROW);
    }

    public List<AreaSummary> areas(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query(
                AREAS,
                Map.of(),
                (rs, i) -> new AreaSummary(
                        rs.getString("code"),
                        rs.getString("level"),
                        rs.getString("name"),
                        rs.getString("region_code")));
    }

    public List<String> neighbourModels(NamedParameterJdbcTemplate jdbc) {
        return jdbc.queryForList(NEIGHBOUR_MODELS, Map.of(), String.class);
    }

    public List<Neighbour> neighbourDetails(NamedParameterJdbcTemplate jdbc, String model, String la) {
        return jdbc.query(
                NEIGHBOURS,
                Map.of("model", model, "la", la),
                (rs, i) -> new Neighbour(rs.getInt("position"), AREA_ROW.mapRow(rs, i), rs.getString("closeness")));
    }

    /** Every area and every model's neighbours, for finding comparators with no query of their own. */
    public AreaDirectory areaDirectory(NamedParameterJdbcTemplate jdbc) {
        Map<String, Area> areas = new HashMap<>();
        Set<String> authorities = new HashSet<>();
        jdbc.query(ALL_AREAS, Map.of(), rs -> {
            areas.put(rs.getString("code"), AREA_ROW.mapRow(rs, 0));
            if ("la".equals(rs.getString("level"))) {
                authorities.add(rs.getString("code"));
            }
        });
        Map<String, Map<String, List<Area>>> neighbours = new HashMap<>();
        jdbc.query(ALL_NEIGHBOURS, Map.of(), rs -> {
            neighbours
                    .computeIfAbsent(rs.getString("model"), m -> new HashMap<>())
                    .computeIfAbsent(rs.getString("la_code"), la -> new ArrayList<>())
                    .add(AREA_ROW.mapRow(rs, 0));
        });
        Area england =
                jdbc.query(ENGLAND, Map.of(), AREA_ROW).stream().findFirst().orElse(null);
        return new AreaDirectory(areas, authorities, england, neighbours, neighbourModels(jdbc));
    }

    /** The councils this authority took over from, then those that took over from it. */
    public List<Reorganisation> reorganisations(NamedParameterJdbcTemplate jdbc, String la) {
        return jdbc.query(
                REORGANISATIONS,
                Map.of("la", la),
                (rs, i) -> new Reorganisation(
                        AREA_ROW.mapRow(rs, i),
                        rs.getBoolean("predecessor"),
                        rs.getObject("effective", LocalDate.class)));
    }

    /** The releases (national) and extracts (local) that figures of these areas came from. */
    public AsOf asOf(NamedParameterJdbcTemplate jdbc, Collection<String> areas) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        boolean[] sample = {false};
        jdbc.query(RELEASES, Map.of("areas", areas), rs -> {
            bySource.computeIfAbsent(rs.getString("source"), s -> new ArrayList<>())
                    .add(rs.getString("release"));
            sample[0] |= rs.getBoolean("sample");
        });
        return new AsOf(
                bySource.getOrDefault("national", List.of()), bySource.getOrDefault("local", List.of()), sample[0]);
    }

    /** Every local authority's figure for one indicator and period, by name. */
    public List<AreaFigure> figuresForPeriod(NamedParameterJdbcTemplate jdbc, String indicator, int period) {
        return jdbc.query(
                FIGURES_FOR_PERIOD,
                Map.of("indicator", indicator, "period", period),
                (rs, i) -> new AreaFigure(
                        rs.getString("code"),
                        rs.getString("name"),
                        nullableDouble(rs, "value"),
                        rs.getString("status"),
                        rs.getString("release")));
    }

    /** A figure read from a row's {@code value}, {@code status} and {@code release} columns. */
    public static Figure figure(ResultSet rs) throws SQLException {
        return new Figure(nullableDouble(rs, "value"), rs.getString("status"), rs.getString("release"));
    }

    public static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static String sql(String name) {
        return SqlResource.load("figures/" + name + ".sql");
    }
}
