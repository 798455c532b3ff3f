package org.carebench.dashboard.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Training sessions and their attendance, in the application database. */
@Repository
class SessionStore {

    /** One member's attendance at one session: what coverage is counted from. */
    record Attendance(long memberId, LocalDate date, SessionType type) {}

    private final JdbcClient jdbc;

    SessionStore(DataSource appDatabase) {
        this.jdbc = JdbcClient.create(appDatabase);
    }

    long add(SessionDraft session, Collection<Long> memberIds, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO training_session (title, held_on, session_type, trainer, audience, pack_link,"
                        + " pack_release, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        session.title(),
                        session.date(),
                        session.type().id(),
                        session.trainer(),
                        session.audience(),
                        session.packLink(),
                        session.packRelease(),
                        by)
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (long member : memberIds) {
            jdbc.sql("INSERT INTO training_attendance (session_id, member_id) VALUES (?, ?)")
                    .params(id, member)
                    .update();
        }
        return id;
    }

    /** Sessions held on or after {@code since}, oldest first, with the names of who attended. */
    List<TrainingSession> since(LocalDate since) {
        Map<Long, List<String>> names = new LinkedHashMap<>();
        jdbc.sql("SELECT a.session_id, m.name FROM training_attendance a JOIN training_member m ON m.id = a.member_id"
                        + " JOIN training_session s ON s.id = a.session_id WHERE s.held_on >= ? ORDER BY m.name")
                .param(since)
                .query(rs -> {
                    names.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return jdbc.sql("SELECT id, title, held_on, session_type, trainer, audience, pack_link, pack_release"
                        + " FROM training_session WHERE held_on >= ? ORDER BY held_on, id")
                .param(since)
                .query((rs, row) -> session(rs, names.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    java.util.Optional<LocalDate> firstDate() {
        return jdbc
                .sql("SELECT min(held_on) FROM training_session")
                .query((rs, row) -> rs.getObject(1, LocalDate.class))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** Every attendance, for counting who has been trained. */
    List<Attendance> attendance() {
        return jdbc.sql("SELECT a.member_id, s.held_on, s.session_type FROM training_attendance a"
                        + " JOIN training_session s ON s.id = a.session_id ORDER BY s.held_on, a.member_id")
                .query((rs, row) -> new Attendance(
                        rs.getLong(1), rs.getObject(2, LocalDate.class), SessionType.parse(rs.getString(3))))
                .list();
    }

    private static TrainingSession session(ResultSet rs, List<String> attendees) throws SQLException {
        return new TrainingSession(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getObject("held_on", LocalDate.class),
                SessionType.parse(rs.getString("session_type")),
                rs.getString("trainer"),
                rs.getString("audience"),
                rs.getString("pack_link"),
                rs.getString("pack_release"),
                attendees.size(),
                List.copyOf(attendees));
    }
}
