package org.carebench.pipeline.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Brings a snapshot's schema up to date by running the versioned scripts it has not run yet. */
public final class Schema {

    private Schema() {}

    /**
     * Applies the migrations the snapshot has not had; true when an existing snapshot was upgraded
     * (written by an earlier build), so that it is worth publishing even with nothing new to load.
     */
    public static boolean migrate(Connection connection) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            int applied;
            try (ResultSet result = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                result.next();
                applied = result.getInt(1);
            }
            Resource[] scripts =
                    new PathMatchingResourcePatternResolver().getResources("classpath:warehouse/V*__*.sql");
            Arrays.sort(scripts, Comparator.comparingInt(Schema::version));
            boolean upgraded = false;
            for (Resource script : scripts) {
                if (version(script) > applied) {
                    statement.execute(script.getContentAsString(StandardCharsets.UTF_8));
                    statement.execute("INSERT INTO schema_version VALUES (" + version(script) + ")");
                    upgraded = applied > 0;
                }
            }
            return upgraded;
        }
    }

    private static int version(Resource script) {
        String name = script.getFilename();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
