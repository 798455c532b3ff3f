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
                .startsWith("its columns are closest to definitions ")
                .contains("'ceased-sgo-adoption' (jobs/layouts/ceased-sgo-adoption.yml), which takes only files named"
                        + " '*sgo_adoption.csv', and this one is 'ceased_renamed.csv'")
                .doesNotContain("lacks nothing");
    }

    @Test
    void namesTheDefinitionsThatExplainAsManyColumnsWhenNoneIsCloser() throws Exception {
        List<String> columns = headers("legacy/ees-2022-release/la_cla_at_31_march_placement_stability_indicator.csv");

        String reason = matcher.explainNoMatch(columns, "stability_2021.csv", null);

        assertThat(reason)
                .isEqualTo("its columns are closest to definitions 'ceased-sgo-adoption'"
                        + " (jobs/layouts/ceased-sgo-adoption.yml), which takes only files named '*sgo_adoption.csv',"
                        + " and this one is 'stability_2021.csv'; and 'ceased' (jobs/layouts/ceased.yml), which takes"
                        + " only files named '*ceased_during_the_year.csv', and this one is 'stability_2021.csv';"
                        + " as close: 'la-cla-characteristics', 'national-cla-characteristics', 'national-cla-started',"
                        + " 'placement-stability-before-2023'");
    }

    @Test
    void prefersTheDefinitionsWhoseFileNameRuleTakesTheFileAmongThoseExplainingAsMany() throws Exception {
        List<String> columns = headers("dfe-cla/2024-release/la_cla_placement_stability.csv").stream()
                .map(header -> header.equals("placement_stability") ? "stability" : header)
                .toList();

        assertThat(matcher.explainNoMatch(columns, "la_cla_placement_stability.csv", null))
                .isEqualTo("its columns are closest to definitions 'placement-stability-before-2023'"
                        + " (jobs/layouts/placement-stability-before-2023.yml), which recognises its files by the"
                        + " column 'characteristic', which this file lacks; and 'placement-stability'"
                        + " (jobs/layouts/placement-stability.yml), which recognises its files by the column"
                        + " 'placement_stability', which this file lacks; as close: 'social-worker-changes';"
                        + " headers that did not match: stability");
    }

    @Test
    void takesTheYearFromAColumnNameWithTheYearInIt() throws Exception {
        List<String> columns = headers("legacy/underlying-2012-2016/SFR36_CLA2013.csv").stream()
                .map(header -> header.replace("2013", "2014"))
                .toList();

        LayoutMatch match =
                matcher.match(columns, "children_looked_after.csv", null).orElseThrow();

        assertThat(match.layout().name()).isEqualTo("sfr-underlying-cla");
        assertThat(match.isComplete()).isTrue();
        assertThat(match.values()).containsEntry("period", "2014");
    }

    @Test
    void takesTheYearFromTheFileNameWhenNoColumnCarriesIt() throws Exception {
        List<String> columns = headers("legacy/underlying-2012-2016/SFR36_CEA2013.csv");

        LayoutMatch match = matcher.match(columns, "SFR30_CEA2014.csv", null).orElseThrow();

        assertThat(match.layout().name()).isEqualTo("sfr-underlying-ceased");
        assertThat(match.values()).containsEntry("period", "2014");
    }

    private static List<String> headers(String referenceFile) throws Exception {
        String first = Files.readAllLines(Path.of(Warehouses.referencePath(referenceFile)), StandardCharsets.UTF_8)
                .get(0)
                .replace("\uFEFF", "");
        return Arrays.asList(first.split(","));
    }
}
