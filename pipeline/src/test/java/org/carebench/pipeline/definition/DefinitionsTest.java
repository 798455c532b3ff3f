package org.carebench.pipeline.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own definitions, each edge case made by one change to a copy of them, so that every
 * other file stays valid and the error can only come from the change.
 */
class DefinitionsTest {

    @TempDir
    Path jobs;

    @BeforeEach
    void copyTheProjectsDefinitions() throws IOException {
        Path source = Path.of(System.getProperty("carebench.jobs", "../jobs"));
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(
                    file -> copy(file, jobs.resolve(source.relativize(file).toString())));
        }
    }

    @Test
    void loadsTheThemesInOrderAndTheDefaultIndicator() {
        Definitions definitions = Definitions.load(jobs);
        assertThat(definitions.catalogue().themes())
                .startsWith(
                        "Who becomes looked after and why",
                        "What happens to them: placements and stability",
                        "Outcomes: health");
        assertThat(definitions.catalogue().defaultIndicator()).isEqualTo("cla-rate-per-10k");
        assertThat(definitions.extract().xml().groups()).containsEntry("EPISODE", "Episodes");
    }

    @Test
    void rejectsALayoutWithAnUnknownTarget() throws IOException {
        Files.writeString(jobs.resolve("layouts/budget.yml"), """
                layout: budget
                title: Council budgets
                target: spreadsheet
                """);
        assertRejected("layouts/budget.yml: key 'target' must be observation, neighbour or area, not 'spreadsheet'");
    }

    @Test
    void rejectsAnIncludeThatDoesNotExist() throws IOException {
        Files.writeString(jobs.resolve("layouts/budget.yml"), """
                layout: budget
                title: Council budgets
                include: ees-geograhy
                target: observation
                """);
        assertRejected("layouts/budget.yml: key 'include' names ", "ees-geograhy.yml, which does not exist");
    }

    @Test
    void rejectsADuplicatedIndicatorId() throws IOException {
        appendIndicator("cla-count", "Who becomes looked after and why");
        assertRejected("indicators.yml: key 'indicators[", "].id' repeats indicator cla-count");
    }

    @Test
    void rejectsAThemeNotInThemes() throws IOException {
        appendIndicator("budget-per-child", "Finance");
        assertRejected(
                "indicators.yml: key 'indicators[",
                "].theme' is 'Finance', which the top-level 'themes'" + " does not list");
    }

    @Test
    void rejectsAnUnknownDefaultIndicator() throws IOException {
        replace("indicators.yml", "default-indicator: cla-rate-per-10k", "default-indicator: cla-rate-per-100");
        assertRejected("indicators.yml: key 'default-indicator' names 'cla-rate-per-100', which is not among the"
                + " indicators");
    }

    @Test
    void rejectsAnXmlGroupForAnUnknownTable() throws IOException {
        replace("local/ssda903.yml", "AREVIEW: Reviews", "AREVIEW: Review");
        assertRejected("local/ssda903.yml: key 'xml.groups.AREVIEW' names table 'Review', which 'tables' does not"
                + " define");
    }

    @Test
    void rejectsALocalRateOfAnIndicatorTheExtractDoesNotGive() throws IOException {
        replace("local/ssda903-indicators.yml", "rate_of: cla-count", "rate_of: population-0-17");
        assertRejected("local/ssda903-indicators.yml: key 'rates[0].rate_of' names 'population-0-17', which is not"
                + " among this file's indicators");
    }

    @Test
    void loadsTheRatesDerivedWhereDfEPublishedOnlyTheCount() {
        assertThat(Definitions.load(jobs).catalogue().derivations())
                .contains(new Derivation(
                        "cla-starting-rate-per-10k", "cla-starting-count", "population-0-17", 1, 10_000.0, 0));
    }

    @Test
    void rejectsADerivedRateOfAnUnknownCount() throws IOException {
        replace(
                "indicators.yml",
                "derived-when-unpublished: {numerator: cla-ceasing-count,",
                "derived-when-unpublished: {numerator: cla-ceased-count,");
        assertRejected(
                "indicators.yml: key 'indicators[",
                "derived-when-unpublished.numerator/denominator' names"
                        + " 'cla-ceased-count', which is not among the indicators");
    }

    private void appendIndicator(String id, String theme) throws IOException {
        Files.writeString(jobs.resolve("indicators.yml"), """
                  - id: %s
                    title: An indicator
                    theme: %s
                    unit: count
                    polarity: none
                """.formatted(id, theme), StandardOpenOption.APPEND);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = jobs.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private void assertRejected(String... phrases) {
        assertThatThrownBy(() -> Definitions.load(jobs))
                .isInstanceOf(DefinitionException.class)
                .message()
                .contains(phrases);
    }

    private static void copy(Path from, Path to) {
        try {
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            } else {
                Files.copy(from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
