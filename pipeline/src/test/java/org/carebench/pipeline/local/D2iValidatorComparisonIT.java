package org.carebench.pipeline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.carebench.pipeline.Warehouses;
import org.carebench.pipeline.definition.Definitions;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DfE's rules as Carebench runs them on the synthetic extract (year ending 31 March 2018), beside what
 * Data to Insight's validator (2024-25 rule pack) found on the same files, rule by rule: for every rule
 * both check, the same children, or a reason written here.
 */
class D2iValidatorComparisonIT {

    /**
     * Where the two differ, and why. Each is one of the validator's known quirks (the reference
     * folder's README) or DfE's rule text read differently, quoted.
     */
    static final Map<String, String> EXPLAINED = Map.ofEntries(
            Map.entry(
                    "101",
                    "The validator's quirk (README): its rule 101 follows DfE's January 2025 change of sex codes to M, F"
                            + " and U, which the extract (year ending 31 March 2018) predates; Carebench checks each year"
                            + " against its own specification, 1 and 2 before the year ending 31 March 2025."),
            Map.entry(
                    "133",
                    "The validator's quirk (README): its code list for rule 133 lacks S1 and X1, so it flags a care"
                            + " leaver in accommodation S1, which DfE's list allows."),
            Map.entry(
                    "157",
                    "DfE's text read differently: \"Child is aged 4 years or over at the beginning of the year or 16 years"
                            + " or under at the end of the year\". Carebench counts a child who is 16 on 31 March as 16"
                            + " or under; the validator flags only children not yet 16 at the year's end."),
            Map.entry(
                    "431",
                    "DfE's text read differently: \"the previous episode ended on the same day\". Carebench flags an S"
                            + " episode beginning the day the previous one ended; the validator also flags one beginning"
                            + " before it ended, an overlap rule 501 reports already (the same 56 children)."),
            Map.entry(
                    "577",
                    "DfE's text read differently: \"Child ceased to be looked after but there is a missing/away from"
                            + " placement without authorisation period without an end date\". Carebench flags a missing"
                            + " period with no end date after care ended (none here)); the validator flags any missing"
                            + " period outside a period of care, end date or not (six here, each with an end date)."),
            Map.entry(
                    "581",
                    "DfE's text read differently: \"Child is missing but has not yet started to be looked after\"."
                            + " Carebench flags a missing period beginning before the child's first episode (none here);"
                            + " the validator flags one beginning outside the child's period of care, here each after"
                            + " care ended, which rule 578 reports (the same children)."),
            Map.entry(
                    "580",
                    "DfE's text read differently: \"Child is missing when cease being looked after but reason episode"
                            + " ceased not 'E8'\". Carebench flags a period of care ending while a missing period is open;"
                            + " the validator only one whose missing period ended on the child's 18th birthday, the day"
                            + " care ended, and finds none here."),
            Map.entry("372", openEpisodes("Child in youth custody or prison should be at least 10.")),
            Map.entry("373", openEpisodes("Child placed in a school should be at least 4 years old.")),
            Map.entry("374", openEpisodes("Child in residential employment should be at least 14 years old.")),
            Map.entry("375", openEpisodes("Hospitalisation coded as a temporary placement exceeds six weeks.")),
            Map.entry(
                    "376",
                    openEpisodes("Temporary placements coded as being due to holiday of usual foster carer(s) cannot"
                            + " exceed three weeks.")),
            Map.entry(
                    "379",
                    openEpisodes("Temporary placements for unspecified reason (placement code T4) cannot exceed seven"
                            + " days.")),
            Map.entry(
                    "1012",
                    "DfE's text read differently: \"No other data should be returned for OC3 children who had no"
                            + " episodes in the current year\". Carebench flags other records of care leavers in OC3 with"
                            + " no episode in the year; the validator flags every record of a child with no episode at all,"
                            + " in OC3 or not."));

    /** The validator checks these placement rules on ended episodes only (the same children there). */
    private static String openEpisodes(String dfeText) {
        return "DfE's text read differently: \"" + dfeText + "\" says nothing of the episode having ended."
                + " Carebench checks open episodes too (one still open at 31 March lasts to it); the validator"
                + " only episodes with an end date, and flags the same children among those.";
    }

    static Map<String, Set<String>> ours;
    static Map<String, Set<String>> theirs;

    @BeforeAll
    static void validateBoth() throws Exception {
        ours = carebenchFindings();
        theirs = new TreeMap<>();
        for (Map<String, String> row : csv("ssda903/d2i-validator-findings-2018.csv")) {
            theirs.computeIfAbsent(row.get("rule_code"), rule -> new TreeSet<>())
                    .add(row.get("child_id"));
        }
    }

    /** The explanations stay true: each names a rule where the two really differ. */
    @Test
    void everyExplainedRuleDiffers() {
        EXPLAINED
                .keySet()
                .forEach(rule -> assertThat(ours.getOrDefault(rule, Set.of()))
                        .as(rule)
                        .isNotEqualTo(theirs.getOrDefault(rule, Set.of())));
    }

    @Test
    void everyRuleBothCheckFlagsTheSameChildrenOrIsExplained() {
        Set<String> shared = new TreeSet<>(RulePack.forYear(2025).rules().keySet());
        StringBuilder table = new StringBuilder("rule  carebench  validator  same\n");
        Map<String, String> unexplained = new TreeMap<>();
        for (String rule : shared) {
            Set<String> a = ours.getOrDefault(rule, Set.of());
            Set<String> b = theirs.getOrDefault(rule, Set.of());
            table.append(String.format("%-5s %9d %10d  %s%n", rule, a.size(), b.size(), a.equals(b) ? "yes" : "no"));
            if (!a.equals(b) && !EXPLAINED.containsKey(rule)) {
                unexplained.put(rule, "only Carebench " + first(a, b) + ", only validator " + first(b, a));
            }
        }
        System.out.println(table);
        System.out.println("Checked by the validator only: " + difference(theirs.keySet(), shared));
        assertThat(unexplained).isEmpty();
        assertThat(shared).as("rules of the pack compared").hasSizeGreaterThan(60);
    }

    private static String first(Set<String> a, Set<String> b) {
        List<String> only =
                a.stream().filter(child -> !b.contains(child)).limit(5).toList();
        return a.stream().filter(child -> !b.contains(child)).count() + " " + only;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(rule -> !b.contains(rule)).collect(Collectors.toCollection(TreeSet::new));
    }

    static Map<String, Set<String>> carebenchFindings() throws Exception {
        Definitions definitions = Definitions.load(Path.of(System.getProperty("carebench.jobs", "../jobs")));
        try (DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:")) {
            ExtractStager stager = new ExtractStager(definitions.extract(), connection);
            stager.createTables();
            for (String file : ExtractTables.csvPaths()) {
                stager.stageCsv(Path.of(file));
            }
            ReportingPeriod year = ReportingPeriod.statutoryYear(2018);
            ExtractValidator validator =
                    new ExtractValidator(definitions.extract(), connection, 100, RulePack.forYear(2025), year);
            Map<String, Set<String>> found = new TreeMap<>();
            for (ValidationError error : validator.validate(stager::holds)) {
                if (error.child() != null) {
                    found.computeIfAbsent(error.rule(), rule -> new TreeSet<>()).add(error.child());
                }
            }
            return found;
        }
    }

    static List<Map<String, String>> csv(String file) throws IOException {
        return ExtractTables.rowsOf(Warehouses.reference(file));
    }
}
