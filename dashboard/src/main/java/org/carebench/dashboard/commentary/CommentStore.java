package org.carebench.dashboard.commentary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.carebench.dashboard.figures.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The commentary table of the application database (never a warehouse snapshot). */
@Repository
class CommentStore {

    private static final String COLUMNS =
            "id, la_code, indicator_id, period, body, audience, author, written_at, changed_at";

    private final JdbcClient jdbc;

    CommentStore(DataSource appDatabase) {
        this.jdbc = JdbcClient.create(appDatabase);
    }

    long add(String la, String indicator, int period, String text, Audience audience, String author) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO commentary (la_code, indicator_id, period, body, audience, author)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(la, indicator, period, text, audience.id(), author)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void change(long id, String text, Audience audience) {
        jdbc.sql("UPDATE commentary SET body = ?, audience = ?, changed_at = CURRENT_TIMESTAMP WHERE id = ?")
                .params(text, audience.id(), id)
                .update();
    }

    Optional<Comment> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commentary WHERE id = ?")
                .param(id)
                .query(CommentStore::comment)
                .optional();
    }

    /** An authority's comments for a year on the indicators given, oldest first. */
    List<Comment> forFigures(String la, int period, Collection<String> indicators) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM commentary WHERE la_code = :la AND period = :period"
                        + " AND indicator_id IN (:indicators) ORDER BY written_at, id")
                .param("la", la)
                .param("period", period)
                .param("indicators", List.copyOf(indicators))
                .query(CommentStore::comment)
                .list();
    }

    private static Comment comment(ResultSet rs, int row) throws SQLException {
        return new Comment(
                rs.getLong("id"),
                rs.getString("la_code"),
                rs.getString("indicator_id"),
                rs.getInt("period"),
                rs.getString("body"),
                Audience.parse(rs.getString("audience")),
                rs.getString("author"),
                instant(rs.getObject("written_at", OffsetDateTime.class)),
                instant(rs.getObject("changed_at", OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
