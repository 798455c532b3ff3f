package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.query;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who the children are: authorities' characteristics from a file in the layout of DfE's
 * la_cla_on_31_march_by_characteristics.csv, reasons for ceasing from the real LA file, and the
 * vocabulary of jobs/breakdowns.yml that names and orders the categories.
 */
class ProfileImportIT extends ImportedWarehouseTest {

    /** Written once per test run, so the shared import of these inputs is keyed by one path. */
    private static final Path CHARACTERISTICS = writeCharacteristics();

    @Override
    List<String> inputs() {
        return List.of(
                referencePath("la-codes/las.csv"),
                referencePath("la-codes/regions.csv"),
                referencePath("dfe-cla/2024-release/la_children_who_ceased_during_the_year.csv"),
                CHARACTERISTICS.toString());
    }

    private static Path writeCharacteristics() {
        try {
            return LaCharacteristicsFile.write(
                    Files.createTempDirectory(Files.createDirectories(Path.of("target")), "profile-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void loadsEveryLevelOfTheLocalAuthorityFileAsBreakdowns() throws Exception {
        assertThat(outcome.exitCode()).as(outcome.summary()).isZero();
        assertThat(query(
                        warehouse,
                        "SELECT area_code, breakdown, value, status FROM mart_observation"
                                + " WHERE indicator_id = 'cla-by-characteristic-pct' AND period = 2024"
                                + " AND breakdown LIKE 'Gender: Male' ORDER BY area_code"))
                .containsExactly(
                        "352|Gender: Male|null|c",
                        "358|Gender: Male|55.0|null",
                        "E12000002|Gender: Male|57.0|null",
                        "E92000001|Gender: Male|56.0|null");
        assertThat(query(
                        warehouse,
                        "SELECT value FROM mart_observation WHERE indicator_id = 'cla-by-characteristic-pct'"
                                + " AND area_code = '358' AND breakdown = ?",
                        "Ethnicity: 4. Total Black, African, Caribbean or Black British"))
                .containsExactly("8.0");
    }

    @Test
    void loadsReasonsForCeasingAsBreakdownsBesideTheHeadlineFigures() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT breakdown, value, status FROM mart_observation"
                                + " WHERE indicator_id = 'ceased-by-characteristic-pct' AND area_code = '358'"
                                + " AND period = 2024 AND breakdown IN (?, ?) ORDER BY breakdown",
                        "Reason episode ceased: Adopted",
                        "Reason episode ceased: Special guardianship orders"))
                .containsExactly(
                        "Reason episode ceased: Adopted|null|c",
                        "Reason episode ceased: Special guardianship orders|5.0|null");
    }

    @Test
    void storesTheVocabularyInTheOrderOfTheDefinitions() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT DISTINCT population_position, population, indicator_id FROM breakdown_category"
                                + " ORDER BY population_position"))
                .containsExactly(
                        "1|on-31-march|cla-by-characteristic-pct",
                        "2|started|started-by-characteristic-pct",
                        "3|ceased|ceased-by-characteristic-pct");
        assertThat(query(
                        warehouse,
                        "SELECT DISTINCT dimension FROM breakdown_category WHERE population = 'on-31-march'"
                                + " ORDER BY dimension_position"))
                .containsExactly("age", "gender", "ethnicity", "need", "legal-status", "placement", "uasc");
        assertThat(query(
                        warehouse,
                        "SELECT label, count(*) FROM breakdown_category WHERE population = 'ceased'"
                                + " GROUP BY label, category_position ORDER BY category_position"))
                .startsWith("Returned home (planned)|1")
                .endsWith("Other reason|6");
    }
}
