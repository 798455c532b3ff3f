package org.carebench.dashboard.localdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.warehouse.SqlResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The local extracts' validation findings a snapshot keeps (warehouse V10), one statement per file. */
@Component
class LocalDataQueries {

    private static final String HELD =
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'local_figure_status'";
    private static final String EXTRACTS = SqlResource.load("localdata/extracts.sql");
    private static final String FINDINGS = SqlResource.load("localdata/rule_findings.sql");
    private static final String STATUS = SqlResource.load("localdata/figure_status.sql");
    private static final String CHECKS = SqlResource.load("localdata/figure_checks.sql");
    private static final String REPORT_RUN = SqlResource.load("localdata/validation_report.sql");

    /** The run that imported the authority's latest extract, if the snapshot holds one. */
    java.util.Optional<Long> latestRun(NamedParameterJdbcTemplate jdbc, String areaCode) {
        Integer held = jdbc.getJdbcTemplate().queryForObject(HELD, Integer.class);
        if (held == null || held == 0) {
            return java.util.Optional.empty();
        }
        return jdbc.queryForList(REPORT_RUN, Map.of("la", areaCode), Long.class).stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** Every authority's latest extract; none in a snapshot written before findings were kept. */
    List<LocalExtractChecks> extracts(NamedParameterJdbcTemplate jdbc) {
        Integer held = jdbc.getJdbcTemplate().queryForObject(HELD, Integer.class);
        if (held == null || held == 0) {
            return List.of();
        }
        return jdbc.query(EXTRACTS, Map.of(), (rs, row) -> {
            Map<String, Object> extract = Map.of("source_file_id", rs.getInt("source_file_id"));
            return new LocalExtractChecks(
                    rs.getString("area_code"),
                    rs.getString("area_name"),
                    rs.getString("file_name"),
                    rs.getString("release"),
                    rs.getObject("period_end", java.time.LocalDate.class),
                    rs.getString("rule_pack"),
                    findings(jdbc, extract),
                    figures(jdbc, extract));
        });
    }

    private static List<LocalExtractChecks.RuleFinding> findings(
            NamedParameterJdbcTemplate jdbc, Map<String, Object> extract) {
        return jdbc.query(
                FINDINGS,
                extract,
                (rs, row) -> new LocalExtractChecks.RuleFinding(
                        rs.getString("rule_code"),
                        rs.getString("table_name"),
                        rs.getString("message"),
                        rs.getLong("rows_flagged"),
                        rs.getLong("children_flagged")));
    }

    private static List<LocalExtractChecks.FigureChecks> figures(
            NamedParameterJdbcTemplate jdbc, Map<String, Object> extract) {
        Map<String, List<LocalExtractChecks.RuleTouch>> touches = new LinkedHashMap<>();
        jdbc.query(CHECKS, extract, rs -> {
            touches.computeIfAbsent(rs.getString("indicator_id"), id -> new ArrayList<>())
                    .add(new LocalExtractChecks.RuleTouch(
                            rs.getString("rule_code"),
                            rs.getString("table_name"),
                            rs.getLong("children"),
                            rs.getLong("children_in_table"),
                            rs.getBoolean("withholds")));
        });
        return jdbc.query(
                STATUS,
                extract,
                (rs, row) -> new LocalExtractChecks.FigureChecks(
                        rs.getString("indicator_id"),
                        rs.getString("title"),
                        rs.getBoolean("published"),
                        rs.getString("withheld_reason"),
                        touches.getOrDefault(rs.getString("indicator_id"), List.of())));
    }
}
