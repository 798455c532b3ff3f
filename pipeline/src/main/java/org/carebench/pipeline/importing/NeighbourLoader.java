package org.carebench.pipeline.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carebench.pipeline.definition.Layout;

/**
 * Loads a statistical-neighbour model from its wide table (one row per LA, ten neighbours across).
 * A model loaded again, from the CSV or DfE's xlsx, replaces itself: one model, never two.
 */
final class NeighbourLoader {

    private NeighbourLoader() {}

    static long load(Connection connection, StagedFile file, int sourceFileId) throws SQLException {
        Layout.Neighbours neighbours = file.layout().mapping().neighbours();
        StringJoiner positions = new StringJoiner(" UNION ALL ");
        for (int n = 1; n <= neighbours.count(); n++) {
            if (file.column("neighbour_" + n) == null) {
                continue;
            }
            positions.add("SELECT " + file.text("la_code") + " AS la_code, " + n + " AS position, "
                    + file.text("neighbour_" + n) + " AS neighbour_code, " + file.text("closeness_" + n)
                    + " AS closeness FROM " + file.table());
        }
        String model = model(file);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM neighbour WHERE model = " + Sql.literal(model));
            return statement.executeUpdate(
                    "INSERT INTO neighbour (model, la_code, position, neighbour_code, closeness,"
                            + " source_file_id) SELECT " + Sql.literal(model) + ", la_code, position, neighbour_code,"
                            + " closeness, " + sourceFileId + " FROM (" + positions + ")"
                            + " WHERE regexp_full_match(la_code, '[0-9]{3}') AND regexp_full_match(neighbour_code, '[0-9]{3}')");
        }
    }

    static String model(StagedFile file) {
        Layout.Neighbours neighbours = file.layout().mapping().neighbours();
        if (neighbours.model() != null) {
            return neighbours.model();
        }
        Matcher year = Pattern.compile(neighbours.modelFromFileName())
                .matcher(file.path().getFileName().toString());
        if (!year.find()) {
            throw new ImportFailure(file.where() + ": cannot tell which neighbour model this is: its name should"
                    + " contain the model's year (pattern " + neighbours.modelFromFileName() + ")");
        }
        return year.group();
    }
}
