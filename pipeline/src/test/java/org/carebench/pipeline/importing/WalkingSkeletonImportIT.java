package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.figure;
import static org.carebench.pipeline.Warehouses.query;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The import job over DfE's real files: numbers and rates, neighbour models and the LA code list. */
class WalkingSkeletonImportIT extends ImportedWarehouseTest {

    @Override
    List<String> inputs() {
        return List.of(
                referencePath("dfe-cla/2024-release/cla_number_and_rate_per_10k_children.csv"),
                referencePath("statistical-neighbours/sn_model_2025_wide.csv"),
                referencePath("statistical-neighbours/New_Statistical_Neighbour_Groupings_April_2021.csv"),
                referencePath("la-codes/las.csv"),
                referencePath("la-codes/regions.csv"));
    }

    @Test
    void publishesASnapshot() {
        assertThat(outcome.exitCode()).as(outcome.summary()).isZero();
        assertThat(warehouse.currentSnapshot()).isPresent();
    }

    @Test
    void loadsTheThemesInTheirOrderAndOneDefaultIndicatorFromTheCatalogue() throws Exception {
        assertThat(query(warehouse, "SELECT position, name FROM theme ORDER BY position"))
                .startsWith(
                        "1|Who becomes looked after and why",
                        "2|What happens to them: placements and stability",
                        "3|Outcomes: health",
                        "4|Outcomes: education",
                        "5|Outcomes: care leavers' work and accommodation",
                        "6|Leaving care: adoption and special guardianship",
                        "7|Context");
        assertThat(query(warehouse, "SELECT id FROM indicator WHERE is_default ORDER BY id"))
                .containsExactly("cla-rate-per-10k");
        assertThat(query(
                        warehouse,
                        "SELECT count(*) FROM indicator i LEFT JOIN theme t ON t.name = i.theme"
                                + " WHERE t.name IS NULL"))
                .containsExactly("0");
    }

    @Test
    void readsEnglandFigures() throws Exception {
        assertThat(figure(warehouse, "cla-count", "E92000001", 2024)).isEqualTo("83630.0|null");
        assertThat(figure(warehouse, "cla-rate-per-10k", "E92000001", 2024)).isEqualTo("70.0|null");
    }

    @Test
    void readsTraffordFromAFileStartingWithAByteOrderMark() throws Exception {
        assertThat(figure(warehouse, "cla-rate-per-10k", "358", 2024)).isEqualTo("67.0|null");
        assertThat(query(warehouse, "SELECT name, region_code FROM area WHERE code = '358'"))
                .containsExactly("Trafford|E12000002");
    }

    @Test
    void keepsSuppressedFiguresAsStatusNeverAsNumbers() throws Exception {
        assertThat(figure(warehouse, "cla-rate-per-10k", "420", 2020)).isEqualTo("null|c");
        assertThat(query(warehouse, "SELECT count(*) FROM observation WHERE status IS NOT NULL AND value IS NOT NULL"))
                .containsExactly("0");
    }

    @Test
    void readsAQuotedNameWithAComma() throws Exception {
        assertThat(query(warehouse, "SELECT name FROM area WHERE code = '801'")).containsExactly("Bristol, City of");
        assertThat(figure(warehouse, "cla-rate-per-10k", "801", 2024)).isEqualTo("84.0|null");
    }

    @Test
    void loadsBothNeighbourModelsInOrder() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT model, count(DISTINCT la_code), count(*) FROM neighbour GROUP BY model ORDER BY model"))
                .containsExactly("2021|156|1560", "2025|153|1530");
        assertThat(query(
                        warehouse,
                        "SELECT neighbour_code, closeness FROM neighbour WHERE model = '2025'"
                                + " AND la_code = '301' AND position = 1"))
                .containsExactly("308|Close");
        assertThat(query(
                        warehouse,
                        "SELECT neighbour_code, closeness FROM neighbour WHERE model = '2021'"
                                + " AND la_code = '202' AND position = 2"))
                .containsExactly("205|Close");
    }

    @Test
    void recordsEverySourceFileWithItsChecksum() throws Exception {
        assertThat(query(warehouse, "SELECT count(*), count(DISTINCT sha256) FROM source_file"))
                .containsExactly("5|5");
        for (String row : query(warehouse, "SELECT sha256, file_name FROM source_file")) {
            String[] file = row.split("\\|");
            assertThat(warehouse
                            .directory()
                            .resolve("archive/raw")
                            .resolve(file[0].substring(0, 16))
                            .resolve(file[1]))
                    .exists();
        }
    }
}
