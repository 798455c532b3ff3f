package org.carebench.dashboard.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** The users table of the application database; passwords only ever stored hashed. */
@Repository
public class UserStore {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public UserStore(DataSource appDatabase, PasswordEncoder encoder) {
        this.jdbc = JdbcClient.create(appDatabase);
        this.encoder = encoder;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    public List<UserAccount> all() {
        return jdbc.sql("SELECT username, display_name, role, enabled, created_at FROM app_user ORDER BY username")
                .query(UserStore::account)
                .list();
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("SELECT username, display_name, role, enabled, created_at FROM app_user WHERE username = ?")
                .param(username)
                .query(UserStore::account)
                .optional();
    }

    /** The stored hash, for sign-in only. */
    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    public UserAccount add(String username, String displayName, Role role, String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("User name: 1 to 100 letters, digits or . _ @ -");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new IllegalArgumentException("Name: required, at most 200 characters");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("Password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        try {
            jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, role) VALUES (?, ?, ?, ?)")
                    .params(username, encoder.encode(password), displayName.strip(), role.id())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("User name " + username + " is taken");
        }
        return find(username).orElseThrow();
    }

    public void setEnabled(String username, boolean enabled) {
        changed(
                jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?")
                        .params(enabled, username)
                        .update(),
                username);
    }

    public void setRole(String username, Role role) {
        changed(
                jdbc.sql("UPDATE app_user SET role = ? WHERE username = ?")
                        .params(role.id(), username)
                        .update(),
                username);
    }

    private static void changed(int rows, String username) {
        if (rows == 0) {
            throw new IllegalArgumentException("No user " + username);
        }
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                rs.getString("username"),
                rs.getString("display_name"),
                Role.parse(rs.getString("role")),
                rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
