package org.carebench.dashboard.appdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.carebench.dashboard.audit.AuditAction;
import org.carebench.dashboard.audit.AuditEntry;
import org.carebench.dashboard.audit.AuditLog;
import org.carebench.dashboard.security.Role;
import org.carebench.dashboard.security.UserAccount;
import org.carebench.dashboard.security.UserStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The migrations, the user store and the audit log on both databases the application supports. */
class AppDatabaseIT {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void keepsUsersWithHashedPasswordsAndTheirChanges(String vendor) throws Exception {
        try (HikariDataSource db = AppDatabases.migrated(vendor)) {
            UserStore users = new UserStore(db, encoder);
            assertThat(users.count()).isZero();
            users.add("j.smith", "Jo Smith", Role.ANALYST, "correct horse battery");
            users.add("a.khan", "Ali Khan", Role.VIEWER, "another long password");
            users.setRole("a.khan", Role.ADMIN);
            users.setEnabled("j.smith", false);

            assertThat(users.all())
                    .extracting(UserAccount::username, UserAccount::role, UserAccount::enabled)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("a.khan", Role.ADMIN, true),
                            org.assertj.core.groups.Tuple.tuple("j.smith", Role.ANALYST, false));
            String hash = new JdbcTemplate(db)
                    .queryForObject("SELECT password_hash FROM app_user WHERE username = 'j.smith'", String.class);
            assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse");
            assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void refusesBadUsersWithAClearReason(String vendor) throws Exception {
        try (HikariDataSource db = AppDatabases.migrated(vendor)) {
            UserStore users = new UserStore(db, encoder);
            users.add("j.smith", "Jo Smith", Role.ANALYST, "correct horse battery");
            assertThatThrownBy(() -> users.add("j.smith", "Other", Role.VIEWER, "correct horse battery"))
                    .hasMessage("User name j.smith is taken");
            assertThatThrownBy(() -> users.add("../etc", "Other", Role.VIEWER, "correct horse battery"))
                    .hasMessageStartingWith("User name:");
            assertThatThrownBy(() -> users.add("short", "Other", Role.VIEWER, "tooshort"))
                    .hasMessage("Password: at least 12 characters");
            assertThatThrownBy(() -> users.setRole("nobody", Role.ADMIN)).hasMessage("No user nobody");
            assertThatThrownBy(() -> Role.parse("owner")).hasMessageContaining("viewer, analyst or admin");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void auditLogIsAppendOnlyInTheDatabaseItself(String vendor) throws Exception {
        try (HikariDataSource db = AppDatabases.migrated(vendor)) {
            AuditLog audit = new AuditLog(db);
            audit.append("j.smith", AuditAction.SIGN_IN, "password from 10.0.0.1");
            audit.append("admin", AuditAction.ROLE_CHANGED, "j.smith: viewer -> analyst");
            assertThat(audit.recent(10))
                    .extracting(AuditEntry::username, AuditEntry::action)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("admin", "role-changed"),
                            org.assertj.core.groups.Tuple.tuple("j.smith", "sign-in"));

            JdbcTemplate sql = new JdbcTemplate(db);
            assertThatThrownBy(() -> sql.update("UPDATE audit_log SET username = 'someone-else'"))
                    .hasStackTraceContaining("append-only");
            assertThatThrownBy(() -> sql.update("DELETE FROM audit_log")).hasStackTraceContaining("append-only");
            assertThat(sql.queryForObject("SELECT count(*) FROM audit_log WHERE username = 'j.smith'", Integer.class))
                    .isEqualTo(1);
        }
    }
}
