package org.carebench.dashboard.appdata;

import java.nio.file.Path;

/** Where the embedded application database lives, and how H2 is told to speak PostgreSQL's dialect. */
public final class EmbeddedAppDatabase {

    // PostgreSQL mode so that one set of migrations runs on both. WRITE_DELAY=0: a commit is on disk
    // before it returns, so a killed dashboard loses no user or audit entry (writes here are rare).
    // AUTO_SERVER: the command line's exports open the file while the dashboard holds it, through
    // a server on the loopback address that the first process to open the file starts.
    private static final String SETTINGS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";

    private EmbeddedAppDatabase() {}

    /** The JDBC URL of the database file {@code app/carebench} under the warehouse folder. */
    public static String url(Path warehouse) {
        // H2 refuses paths relative to the working directory, and the warehouse default is one.
        Path file = warehouse.toAbsolutePath().normalize().resolve("app").resolve("carebench");
        return "jdbc:h2:file:" + file + SETTINGS;
    }
}
