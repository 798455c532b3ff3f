package org.carebench.dashboard.appdata;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carebench.dashboard.support.ProjectPaths;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * The application database the tests run the real migrations on: a fresh embedded H2 file, or the
 * PostgreSQL test database that .ci/postgres sets up.
 */
public final class AppDatabases {

    private static final String PG_URL =
            System.getProperty("carebench.test.postgres.url", "jdbc:postgresql://localhost:5432/carebench_test");
    private static final String PG_USER = System.getProperty("carebench.test.postgres.user", "carebench_test");
    private static final String PG_PASSWORD = System.getProperty("carebench.test.postgres.password", "carebench_test");

    private AppDatabases() {}

    /** A migrated, empty database of this vendor ({@code h2} or {@code postgresql}). */
    public static HikariDataSource migrated(String vendor) throws IOException {
        HikariDataSource dataSource = new HikariDataSource();
        if (vendor.equals("h2")) {
            Path warehouse = ProjectPaths.newTargetDirectory("app-database-");
            dataSource.setJdbcUrl(EmbeddedAppDatabase.url(warehouse));
        } else {
            // Skipped only where PostgreSQL is not installed at all; CI installs and starts it (.ci/postgres),
            // and an installed server that cannot be reached fails the test.
            Assumptions.assumeTrue(
                    Files.isDirectory(Path.of("/usr/lib/postgresql")),
                    "PostgreSQL is not installed on this machine: run .ci/postgres to test against it");
            dataSource.setJdbcUrl(PG_URL);
            dataSource.setUsername(PG_USER);
            dataSource.setPassword(PG_PASSWORD);
        }
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .cleanDisabled(false)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .load();
        flyway.clean();
        flyway.migrate();
        return dataSource;
    }
}
