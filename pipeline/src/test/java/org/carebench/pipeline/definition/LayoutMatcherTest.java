package org.carebench.pipeline.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.carebench.pipeline.Warehouses;
import org.junit.jupiter.api.Test;

/** What a data team is told about a file no definition recognises, with the project's own definitions. */
class LayoutMatcherTest {

    private final LayoutMatcher matcher =
            new LayoutMatcher(Definitions.load(Path.of(System.getProperty("carebench.jobs", "../jobs")))
                    .layouts());

    @Test
    void namesNoDefinitionWhenNoneSharesMostOfTheFilesColumns() {
        assertThat(matcher.explainNoMatch(List.of("cost_centre", "amount"), "budget.csv", null))
                .isEqualTo("no definition shares most of its columns; its headers: cost_centre, amount");
    }

    @Test
    void saysACodeListWithoutItsHeaderRowLacksIt() {
        assertThat(matcher.explainNoMatch(List.of("E09000001", "City of London", "201"), "las.csv", null))
                .isEqualTo("its first row holds figures or codes (E09000001, City of London, 201), not column"
                        + " names: the header row is missing");
    }

    @Test
    void saysWhichFileNameRuleRefusedAFileWhoseColumnsFit() throws Exception {
        List<String> sgoColumns =
                headers("dfe-cla/2024-release/la_children_who_ceased_during_the_year_sgo_adoption.csv");

        assertThat(matcher.explainNoMatch(sgoColumns, "ceased_renamed.csv", null))
                .startsWith("its columns are closest to definition 'ceased-sgo-adoption'"
                        + " (jobs/layouts/ceased-sgo-adoption.yml), which takes only files named"
                        + " '*sgo_adoption.csv', and this one is 'ceased_renamed.csv'")
                .doesNotContain("lacks nothing");
    }

    @Test
    void neverTellsAFileItLacksNothingRequired() throws Exception {
        String file = "legacy/ees-2022-release/la_cla_at_31_march_placement_stability_indicator.csv";
        String reason = matcher.explainNoMatch(
                headers(file), Path.of(file).getFileName().toString(), null);

        System.out.println(file + ": " + reason);
        assertThat(reason).startsWith("its columns are closest to definition '").doesNotContain("lacks nothing");
        assertThat(reason).containsAnyOf("takes only files named", "recognises its files by the column");
    }

    private static List<String> headers(String referenceFile) throws Exception {
        String first = Files.readAllLines(Path.of(Warehouses.referencePath(referenceFile)), StandardCharsets.UTF_8)
                .get(0)
                .replace("\uFEFF", "");
        return Arrays.asList(first.split(","));
    }
}
