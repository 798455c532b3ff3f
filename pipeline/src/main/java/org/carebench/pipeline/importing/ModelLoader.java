package org.carebench.pipeline.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import org.carebench.pipeline.definition.Definitions;
import org.carebench.pipeline.definition.IndicatorDefinition;
import org.carebench.pipeline.definition.Layout;
import org.carebench.pipeline.definition.Succession;

/**
 * Moves checked staging rows into the model tables: code lists first (observations need their
 * areas), then neighbour models, then observations. Staging tables are dropped afterwards.
 */
final class ModelLoader {

    private final Connection connection;
    private final Definitions definitions;
    private final long jobExecutionId;

    ModelLoader(Connection connection, Definitions definitions, long jobExecutionId) {
        this.connection = connection;
        this.definitions = definitions;
        this.jobExecutionId = jobExecutionId;
    }

    void load(List<StagedFile> staged) throws SQLException {
        refreshCatalogue();
        refreshSuccessions();
        BreakdownCategories.refresh(connection, definitions.breakdowns());
        List<StagedFile> ordered = staged.stream()
                .sorted(Comparator.comparing(file -> file.layout().target()))
                .toList();
        for (StagedFile file : ordered) {
            String release = file.layout().target() == Layout.Target.OBSERVATION
                    ? ObservationLoader.release(connection, file)
                    : null;
            int sourceFileId = SourceFiles.record(connection, file, release, jobExecutionId);
            long loaded = switch (file.layout().target()) {
                case AREA -> AreaLoader.load(connection, file);
                case NEIGHBOUR -> NeighbourLoader.load(connection, file, sourceFileId);
                case OBSERVATION -> ObservationLoader.load(connection, file, sourceFileId, release);
            };
            execute("UPDATE source_file SET rows_loaded = " + loaded + " WHERE id = " + sourceFileId);
            execute("DROP TABLE " + file.table());
        }
        ObservationLoader.markCurrentFigures(connection);
        DerivedFigures.refresh(connection, definitions.catalogue().derivations());
    }

    /** The catalogue in the warehouse, with its themes' order and default indicator, matches jobs/indicators.yml. */
    private void refreshCatalogue() throws SQLException {
        execute("DELETE FROM indicator");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO indicator"
                + " (id, title, theme, unit, polarity, definition, source, caveats, is_default)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (IndicatorDefinition indicator : definitions.indicators().values()) {
                insert.setString(1, indicator.id());
                insert.setString(2, indicator.title());
                insert.setString(3, indicator.theme());
                insert.setString(4, indicator.unit());
                insert.setString(5, indicator.polarity());
                insert.setString(6, indicator.definition());
                insert.setString(7, sourceOf(indicator.id()));
                insert.setString(8, indicator.caveats());
                insert.setBoolean(
                        9, indicator.id().equals(definitions.catalogue().defaultIndicator()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        refreshThemes();
    }

    private void refreshThemes() throws SQLException {
        execute("DELETE FROM theme");
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO theme (name, position) VALUES (?, ?)")) {
            List<String> themes = definitions.catalogue().themes();
            for (int i = 0; i < themes.size(); i++) {
                insert.setString(1, themes.get(i));
                insert.setInt(2, i + 1);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void refreshSuccessions() throws SQLException {
        execute("DELETE FROM area_succession");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO area_succession VALUES (?, ?, ?)")) {
            for (Succession succession : definitions.successions()) {
                insert.setString(1, succession.predecessorCode());
                insert.setString(2, succession.successorCode());
                insert.setObject(3, succession.effective());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private String sourceOf(String indicatorId) {
        return definitions.layouts().stream()
                .filter(layout -> layout.mapping().indicators().stream()
                        .anyMatch(mapping -> mapping.id().equals(indicatorId)))
                .map(layout -> layout.publication().sourceName())
                .findFirst()
                .orElse(null);
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
