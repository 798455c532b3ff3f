package org.carebench.dashboard.uploads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every upload and its result, in the application database, so the history outlives the files. */
@Repository
class UploadHistory {

    private static final int REASON_LENGTH = 2000;

    private final JdbcClient jdbc;

    UploadHistory(DataSource appDatabase) {
        this.jdbc = JdbcClient.create(appDatabase);
    }

    long add(String username, String fileName, String kind, String la, String periodEnd) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO upload (username, file_name, kind, la, period_end, size_bytes, sha256, status)"
                        + " VALUES (?, ?, ?, ?, ?, 0, '', ?)")
                .params(username, fileName, kind, la, periodEnd, UploadStatus.RECEIVED.id())
                .update(key, "id");
        return key.getKey().longValue();
    }

    void received(long id, long size, String sha256) {
        jdbc.sql("UPDATE upload SET size_bytes = ?, sha256 = ? WHERE id = ?")
                .params(size, sha256, id)
                .update();
    }

    void status(long id, UploadStatus status, String reason, String report) {
        jdbc.sql("UPDATE upload SET status = ?, reason = ?, report = ? WHERE id = ?")
                .params(status.id(), cut(reason), report, id)
                .update();
    }

    Optional<Upload> find(long id) {
        return jdbc.sql("SELECT * FROM upload WHERE id = ?")
                .param(id)
                .query(UploadHistory::upload)
                .optional();
    }

    /** The latest {@code limit} uploads, newest first. */
    List<Upload> recent(int limit) {
        return jdbc.sql("SELECT * FROM upload ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query(UploadHistory::upload)
                .list();
    }

    private static String cut(String text) {
        return text == null || text.length() <= REASON_LENGTH ? text : text.substring(0, REASON_LENGTH);
    }

    private static Upload upload(ResultSet rs, int row) throws SQLException {
        return new Upload(
                rs.getLong("id"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"),
                rs.getString("file_name"),
                rs.getString("kind"),
                rs.getString("la"),
                rs.getString("period_end"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                UploadStatus.of(rs.getString("status")),
                rs.getString("reason"),
                rs.getString("report"));
    }
}
