package org.carebench.dashboard.comparison;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.figures.SourceFile;
import org.carebench.dashboard.warehouse.SqlResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The queries behind one indicator's comparison; each statement lives in its own file under sql/comparison. */
@Component
public class ComparisonQueries {

    private static final String PERIODS = sql("periods");
    private static final String SOURCE_FILES = sql("source_files_shown");
    private static final String SAMPLE_PRESENT = sql("sample_data_present");

    List<Integer> periods(NamedParameterJdbcTemplate jdbc, String indicator) {
        return jdbc.queryForList(PERIODS, Map.of("indicator", indicator), Integer.class);
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
