package org.carebench.dashboard.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Policies, their versions and who accepted which version, in the application database. */
@Repository
class PolicyStore {

    private static final String VERSIONS = "SELECT v.id, v.policy_id, p.title, v.label, v.effective_from,"
            + " v.document_link FROM training_policy_version v JOIN training_policy p ON p.id = v.policy_id";

    private final JdbcClient jdbc;

    PolicyStore(DataSource appDatabase) {
        this.jdbc = JdbcClient.create(appDatabase);
    }

    /** The policy of that title, added if new; its id. */
    long policy(String title) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM training_policy WHERE title = ?")
                .param(title)
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("INSERT INTO training_policy (title) VALUES (?)").param(title).update();
        return policy(title);
    }

    void addVersion(long policy, String label, LocalDate from, String documentLink, String by) {
        jdbc.sql("INSERT INTO training_policy_version (policy_id, label, effective_from, document_link, added_by)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(policy, label, from, documentLink, by)
                .update();
    }

    /** Every version, by policy, then oldest first. */
    List<PolicyVersion> versions() {
        return jdbc.sql(VERSIONS + " ORDER BY p.title, v.effective_from, v.id")
                .query((rs, row) -> new PolicyVersion(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6)))
                .list();
    }

    Optional<PolicyVersion> version(long id) {
        return versions().stream().filter(v -> v.id() == id).findFirst();
    }

    /** Records an acceptance; accepting the same version twice keeps the first date. True when new. */
    boolean accept(long version, long member, LocalDate on, String by) {
        boolean known = jdbc.sql("SELECT count(*) FROM training_acceptance WHERE version_id = ? AND member_id = ?")
                        .params(version, member)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!known) {
            jdbc.sql("INSERT INTO training_acceptance (version_id, member_id, accepted_on, recorded_by)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(version, member, on, by)
                    .update();
        }
        return !known;
    }

    /** When each member accepted the version, by member id. */
    Map<Long, LocalDate> acceptances(long version) {
        return jdbc
                .sql("SELECT member_id, accepted_on FROM training_acceptance WHERE version_id = ?")
                .param(version)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
