package org.carebench.dashboard.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only audit table. This class only inserts and reads; the database itself refuses
 * updates and deletes (a trigger per database, db/vendor/*).
 */
@Repository
public class AuditLog {

    private static final int USERNAME_LENGTH = 100;
    private static final int DETAIL_LENGTH = 2000;

    private final JdbcClient jdbc;

    public AuditLog(DataSource appDatabase) {
        this.jdbc = JdbcClient.create(appDatabase);
    }

    /** Records an action; a name or detail too long for its column (typed by a stranger) is cut short. */
    public void append(String username, AuditAction action, String detail) {
        jdbc.sql("INSERT INTO audit_log (username, action, detail) VALUES (?, ?, ?)")
                .params(
                        cut(username == null || username.isBlank() ? "(none)" : username, USERNAME_LENGTH),
                        action.id(),
                        cut(detail, DETAIL_LENGTH))
                .update();
    }

    /** The latest {@code limit} entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("SELECT id, occurred_at, username, action, detail FROM audit_log ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query(AuditLog::entry)
                .list();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"),
                rs.getString("action"),
                rs.getString("detail"));
    }
}
