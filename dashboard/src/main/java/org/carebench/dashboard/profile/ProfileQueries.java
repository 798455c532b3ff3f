package org.carebench.dashboard.profile;

import static org.carebench.dashboard.figures.FigureQueries.figure;
import static org.carebench.dashboard.figures.FigureQueries.nullableDouble;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.figures.Figure;
import org.carebench.dashboard.warehouse.SqlResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The queries behind the profile; each statement lives in its own file under sql/profile. */
@Component
class ProfileQueries {

    private static final String VOCABULARY_PRESENT = sql("vocabulary_present");
    private static final String CATEGORIES = sql("categories");
    private static final String PERIODS = sql("periods");
    private static final String AREA_FIGURES = sql("area_figures");
    private static final String NEIGHBOUR_AVERAGES = sql("neighbour_averages");
    private static final String LOCAL_FIGURES = sql("local_figures");

    /** A category of the vocabulary, in the order of jobs/breakdowns.yml. */
    record Category(
            String population,
            String populationTitle,
            String indicator,
            String dimension,
            String dimensionTitle,
            int position,
            String label) {}

    /** A year with profile figures, and whether the authority has any in it. */
    record Period(int period, boolean authorityHasFigures) {}

    record Average(Double mean, Double median, int count) {}

    /** Snapshots written before the vocabulary existed have no profile, rather than an error. */
    boolean vocabularyPresent(NamedParameterJdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.queryForObject(VOCABULARY_PRESENT, Map.of(), Boolean.class));
    }

    List<Category> categories(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query(
                CATEGORIES,
                Map.of(),
                (rs, i) -> new Category(
                        rs.getString("population"),
                        rs.getString("population_title"),
                        rs.getString("indicator_id"),
                        rs.getString("dimension"),
                        rs.getString("dimension_title"),
                        rs.getInt("category_position"),
                        rs.getString("label")));
    }

    List<Period> periods(NamedParameterJdbcTemplate jdbc, String la) {
        return jdbc.query(
                PERIODS,
                Map.of("la", la),
                (rs, i) -> new Period(rs.getInt("period"), rs.getBoolean("authority_has_figures")));
    }

    /** Figures keyed by {@link #key} of the category, then area code. */
    Map<String, Map<String, Figure>> areaFigures(
            NamedParameterJdbcTemplate jdbc, int period, Collection<String> areas) {
        Map<String, Map<String, Figure>> figures = new HashMap<>();
        jdbc.query(AREA_FIGURES, Map.of("period", period, "areas", new ArrayList<>(areas)), rs -> {
            figures.computeIfAbsent(
                            key(rs.getString("population"), rs.getString("dimension"), rs.getInt("category_position")),
                            k -> new HashMap<>())
                    .put(rs.getString("area_code"), figure(rs));
        });
        return figures;
    }

    Map<String, Average> neighbourAverages(NamedParameterJdbcTemplate jdbc, String la, String model, int period) {
        Map<String, Average> averages = new HashMap<>();
        jdbc.query(NEIGHBOUR_AVERAGES, Map.of("la", la, "model", model, "period", period), rs -> {
            averages.put(
                    key(rs.getString("population"), rs.getString("dimension"), rs.getInt("category_position")),
                    new Average(
                            nullableDouble(rs, "mean"),
                            nullableDouble(rs, "median"),
                            rs.getInt("neighbours_with_figure")));
        });
        return averages;
    }

    /** The council's own shares from its latest extract, keyed by {@link #key}, with where they come from. */
    record LocalShares(ProfileLocal source, Map<String, Figure> figures) {}

    LocalShares localFigures(NamedParameterJdbcTemplate jdbc, String la) {
        Map<String, Figure> figures = new HashMap<>();
        ProfileLocal[] source = {null};
        jdbc.query(LOCAL_FIGURES, Map.of("la", la), rs -> {
            figures.put(
                    key(rs.getString("population"), rs.getString("dimension"), rs.getInt("category_position")),
                    figure(rs));
            source[0] =
                    new ProfileLocal(rs.getObject("period_end", java.time.LocalDate.class), rs.getString("release"));
        });
        return new LocalShares(source[0], figures);
    }

    static String key(String population, String dimension, int position) {
        return population + "/" + dimension + "/" + position;
    }

    private static String sql(String name) {
        return SqlResource.load("profile/" + name + ".sql");
    }
}
