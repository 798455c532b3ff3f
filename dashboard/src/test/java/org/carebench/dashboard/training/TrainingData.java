package org.carebench.dashboard.training;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties the training tables of the shared test application (its context, and so its application
 * database, serves every test class), so that a test counts only what it wrote and leaves nothing behind.
 */
public final class TrainingData {

    private TrainingData() {}

    public static void clear(DataSource appDatabase) {
        JdbcTemplate sql = new JdbcTemplate(appDatabase);
        for (String table : new String[] {
            "training_acceptance",
            "training_policy_version",
            "training_policy",
            "training_attendance",
            "training_session",
            "training_member"
        }) {
            sql.update("DELETE FROM " + table);
        }
    }
}
