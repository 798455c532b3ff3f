package org.carebench.dashboard.board;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The boards' saved indicator lists and the reports produced, in the application database. */
@Repository
class BoardStore {

    record Produced(String snapshot, OffsetDateTime at) {}

    private final JdbcClient jdbc;

    BoardStore(DataSource appDatabase) {
        this.jdbc = JdbcClient.create(appDatabase);
    }

    List<String> indicators(String la) {
        return jdbc.sql("SELECT indicator_id FROM board_indicator WHERE la_code = ? ORDER BY position")
                .param(la)
                .query(String.class)
                .list();
    }

    void save(String la, List<String> indicators, String savedBy) {
        jdbc.sql("DELETE FROM board_indicator WHERE la_code = ?").param(la).update();
        for (int i = 0; i < indicators.size(); i++) {
            jdbc.sql("INSERT INTO board_indicator (la_code, indicator_id, position, saved_by) VALUES (?, ?, ?, ?)")
                    .params(la, indicators.get(i), i, savedBy)
                    .update();
        }
    }

    Optional<Produced> lastProduced(String la) {
        return jdbc.sql("SELECT snapshot, produced_at FROM board_report_produced WHERE la_code = ?"
                        + " ORDER BY id DESC LIMIT 1")
                .param(la)
                .query((rs, row) -> new Produced(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                .optional();
    }

    /** The snapshot of each authority's latest report: the one its next report compares with. */
    List<String> referredSnapshots() {
        return jdbc.sql(
                        "SELECT DISTINCT snapshot FROM board_report_produced p WHERE id ="
                                + " (SELECT MAX(id) FROM board_report_produced q WHERE q.la_code = p.la_code) ORDER BY snapshot")
                .query(String.class)
                .list();
    }

    void produced(String la, String snapshot) {
        jdbc.sql("INSERT INTO board_report_produced (la_code, snapshot) VALUES (?, ?)")
                .params(la, snapshot)
                .update();
    }
}
