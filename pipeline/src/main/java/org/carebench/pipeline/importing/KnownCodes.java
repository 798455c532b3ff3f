package org.carebench.pipeline.importing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.carebench.pipeline.definition.Layout;

/** The LA codes of the code list: those already in the warehouse plus any code list in this import. */
final class KnownCodes {

    private KnownCodes() {}

    /** Fills the temporary table known_la; false when no code list has ever been loaded. */
    static boolean collect(Connection connection, List<StagedFile> staged) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE known_la AS SELECT code FROM area WHERE level = 'la'");
            for (StagedFile file : staged) {
                Layout layout = file.layout();
                if (layout.target() == Layout.Target.AREA
                        && "la".equals(layout.mapping().constants().get("level"))) {
                    statement.execute("INSERT INTO known_la SELECT " + file.text("code") + " FROM " + file.table());
                }
            }
            try (ResultSet result = statement.executeQuery("SELECT count(*) FROM known_la")) {
                result.next();
                return result.getLong(1) > 0;
            }
        }
    }
}
