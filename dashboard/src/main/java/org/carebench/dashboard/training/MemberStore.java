package org.carebench.dashboard.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The council's members in the application database, one row per name. */
@Repository
class MemberStore {

    private static final String COLUMNS = "id, name, kind, term_from, term_to";

    private final JdbcClient jdbc;

    MemberStore(DataSource appDatabase) {
        this.jdbc = JdbcClient.create(appDatabase);
    }

    /** Every member, by name. */
    List<Member> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_member ORDER BY name, id")
                .query(MemberStore::member)
                .list();
    }

    Optional<Member> byName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_member WHERE name = ?")
                .param(name)
                .query(MemberStore::member)
                .optional();
    }

    Optional<Member> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_member WHERE id = ?")
                .param(id)
                .query(MemberStore::member)
                .optional();
    }

    /** Adds the member, or changes the kind and term of the one of that name; true when added. */
    boolean save(String name, MemberKind kind, LocalDate from, LocalDate to, String by) {
        int changed = jdbc.sql("UPDATE training_member SET kind = ?, term_from = ?, term_to = ?, changed_by = ?,"
                        + " changed_at = CURRENT_TIMESTAMP WHERE name = ?")
                .params(kind.id(), from, to, by, name)
                .update();
        if (changed > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO training_member (name, kind, term_from, term_to, changed_by) VALUES (?, ?, ?, ?, ?)")
                .params(name, kind.id(), from, to, by)
                .update();
        return true;
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(
                rs.getLong("id"),
                rs.getString("name"),
                MemberKind.parse(rs.getString("kind")),
                rs.getObject("term_from", LocalDate.class),
                rs.getObject("term_to", LocalDate.class));
    }
}
