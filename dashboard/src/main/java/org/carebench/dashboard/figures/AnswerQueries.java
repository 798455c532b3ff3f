package org.carebench.dashboard.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.warehouse.SqlResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the comparisons the import computed (the warehouse's {@code answer} table) by key; with a
 * release, the same SQL over that release's figures. Nothing is computed here but the assembly.
 */
@Component
public class AnswerQueries {

    private final AnswerBlocks blocks;

    public AnswerQueries(AnswerBlocks blocks) {
        this.blocks = blocks;
    }

    private static final String FOR_INDICATOR_AS_OF = sql("answers_for_indicator_as_of");
    private static final String FOR_PERIOD = sql("answers_for_period");
    private static final String FOR_PERIOD_AS_OF = sql("answers_for_period_as_of");
    private static final String RELEASES = sql("releases");

    /** The national releases loaded, oldest first. */
    public List<String> releases(NamedParameterJdbcTemplate jdbc) {
        return jdbc.queryForList(RELEASES, Map.of(), String.class);
    }

    /** Refuses a release that is not loaded, naming those that are: never silently the current figures. */
    public void requireRelease(NamedParameterJdbcTemplate jdbc, String release) {
        List<String> loaded = releases(jdbc);
        if (release != null && !loaded.contains(release)) {
            throw new IllegalArgumentException(
                    "Unknown release " + release + ": the releases loaded are " + String.join(", ", loaded));
        }
    }

    /** One indicator's comparison for every period it has, oldest first; {@code release} null: the current figures. */
    public List<Comparison> series(
            NamedParameterJdbcTemplate jdbc, Indicator indicator, Comparators areas, Average average, String release) {
        Map<String, Map<Integer, AnswerRow>> byArea = release == null
                ? blocks.block(indicator.id(), areas.model(), average.id())
                : byArea(
                        jdbc,
                        FOR_INDICATOR_AS_OF,
                        parameters(areas, average, release).addValue("indicator", indicator.id()));
        List<Comparison> series = new ArrayList<>();
        byArea.getOrDefault(areas.la().code(), Map.of())
                .values()
                .forEach(row -> series.add(ComparisonAssembly.of(areas, average, row, byArea)));
        return fromTheAuthoritysFirstFigure(series);
    }

    /**
     * England's figures often go back further than an authority's (derived from national counts): the
     * authority's trend starts with its own first figure, published or withheld.
     */
    private static List<Comparison> fromTheAuthoritysFirstFigure(List<Comparison> series) {
        int first = 0;
        while (first < series.size()
                && series.get(first).la().value() == null
                && series.get(first).la().status() == null) {
            first++;
        }
        return first == series.size() ? series : List.copyOf(series.subList(first, series.size()));
    }

    /** Every indicator's comparison in one period, by indicator id. */
    public Map<String, Comparison> period(
            NamedParameterJdbcTemplate jdbc, Comparators areas, Average average, int period, String release) {
        MapSqlParameterSource parameters = parameters(areas, average, release).addValue("period", period);
        Map<String, Map<String, Map<Integer, AnswerRow>>> byIndicator = new HashMap<>();
        AnswerRow.Reader reader = new AnswerRow.Reader();
        jdbc.query(release == null ? FOR_PERIOD : FOR_PERIOD_AS_OF, parameters, rs -> {
            AnswerRow row = reader.read(rs);
            byIndicator
                    .computeIfAbsent(row.indicatorId(), id -> new HashMap<>())
                    .computeIfAbsent(row.laCode(), code -> new LinkedHashMap<>())
                    .put(row.period(), row);
        });
        Map<String, Comparison> comparisons = new HashMap<>();
        byIndicator.forEach((indicator, byArea) -> {
            AnswerRow own = byArea.getOrDefault(areas.la().code(), Map.of()).get(period);
            if (own != null) {
                comparisons.put(indicator, ComparisonAssembly.of(areas, average, own, byArea));
            }
        });
        return comparisons;
    }

    /** What the scorecard shows for an indicator the authority has figures for, but not in this period. */
    public static Comparison nothingIn(Comparators areas, Average average, String indicator, int period) {
        AnswerRow none = AnswerRow.empty(indicator, areas.la().code(), period);
        return ComparisonAssembly.of(areas, average, none, Map.of());
    }

    private static Map<String, Map<Integer, AnswerRow>> byArea(
            NamedParameterJdbcTemplate jdbc, String sql, MapSqlParameterSource parameters) {
        Map<String, Map<Integer, AnswerRow>> byArea = new HashMap<>();
        AnswerRow.Reader reader = new AnswerRow.Reader();
        jdbc.query(sql, parameters, rs -> {
            AnswerRow row = reader.read(rs);
            byArea.computeIfAbsent(row.laCode(), code -> new LinkedHashMap<>()).put(row.period(), row);
        });
        return byArea;
    }

    private static MapSqlParameterSource parameters(Comparators areas, Average average, String release) {
        List<String> codes = new ArrayList<>();
        codes.add(areas.la().code());
        areas.neighbours().forEach(n -> codes.add(n.code()));
        return new MapSqlParameterSource()
                .addValue("areas", codes)
                .addValue("model", areas.model())
                .addValue("average", average.id())
                .addValue("release", release);
    }

    private static String sql(String name) {
        return SqlResource.load("figures/" + name + ".sql");
    }
}
