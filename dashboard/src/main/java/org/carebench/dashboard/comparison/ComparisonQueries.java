package org.carebench.dashboard.comparison;

import static org.carebench.dashboard.figures.FigureQueries.figure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carebench.dashboard.figures.Figure;
import org.carebench.dashboard.figures.SourceFile;
import org.carebench.dashboard.warehouse.SqlResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The queries behind one indicator's comparison; each statement lives in its own file under sql/comparison. */
@Component
public class ComparisonQueries {

    private static final String PERIODS = sql("periods");
    private static final String FIGURES = sql("figures_by_area_and_period");
    private static final String LA_VALUES = sql("local_authority_values_by_period");
    private static final String SOURCE_FILES = sql("source_files_shown");
    private static final String SAMPLE_PRESENT = sql("sample_data_present");

    List<Integer> periods(NamedParameterJdbcTemplate jdbc, String indicator) {
        return jdbc.queryForList(PERIODS, Map.of("indicator", indicator), Integer.class);
    }

    /** Figures keyed by area code, then period. */
    Map<String, Map<Integer, Figure>> figures(
            NamedParameterJdbcTemplate jdbc, String indicator, Collection<String> areas) {
        Map<String, Map<Integer, Figure>> figures = new HashMap<>();
        jdbc.query(FIGURES, Map.of("indicator", indicator, "areas", areas), rs -> {
            figures.computeIfAbsent(rs.getString("area_code"), code -> new TreeMap<>())
                    .put(rs.getInt("period"), figure(rs));
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
        return jdbc.query(
                SOURCE_FILES,
                Map.of("indicator", indicator, "areas", areas),
                (rs, i) -> new SourceFile(rs.getString("file_name"), rs.getString("release"), rs.getBoolean("sample")));
    }

    boolean samplePresent(NamedParameterJdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.queryForObject(SAMPLE_PRESENT, Map.of(), Boolean.class));
    }

    private static String sql(String name) {
        return SqlResource.load("comparison/" + name + ".sql");
    }
}
