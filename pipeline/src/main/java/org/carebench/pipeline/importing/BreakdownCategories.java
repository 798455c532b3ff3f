package org.carebench.pipeline.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.carebench.pipeline.definition.BreakdownVocabulary;

/**
 * The breakdowns' vocabulary in the warehouse matches jobs/breakdowns.yml, as the catalogue does, so
 * the dashboard reads categories and their order from the snapshot it shows.
 */
final class BreakdownCategories {

    private BreakdownCategories() {}

    static void refresh(Connection connection, BreakdownVocabulary vocabulary) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM breakdown_category");
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO breakdown_category VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int populationPosition = 0;
            for (BreakdownVocabulary.Population population : vocabulary.populations()) {
                populationPosition++;
                int dimensionPosition = 0;
                for (BreakdownVocabulary.Dimension dimension : population.dimensions()) {
                    dimensionPosition++;
                    int categoryPosition = 0;
                    for (BreakdownVocabulary.Category category : dimension.categories()) {
                        categoryPosition++;
                        for (String breakdown : category.breakdowns()) {
                            insert.setString(1, population.id());
                            insert.setString(2, population.title());
                            insert.setInt(3, populationPosition);
                            insert.setString(4, population.indicator());
                            insert.setString(5, dimension.id());
                            insert.setString(6, dimension.title());
                            insert.setInt(7, dimensionPosition);
                            insert.setInt(8, categoryPosition);
                            insert.setString(9, category.label());
                            insert.setString(10, breakdown);
                            insert.addBatch();
                        }
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
