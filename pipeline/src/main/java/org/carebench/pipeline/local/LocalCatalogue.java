package org.carebench.pipeline.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.carebench.pipeline.definition.Definitions;
import org.yaml.snakeyaml.Yaml;

/** The indicators an SSDA903 extract gives, as {@code jobs/local/ssda903-indicators.yml} defines them. */
record LocalCatalogue(String common, List<String> periodTables, List<Indicator> indicators, List<Rate> rates) {

    static final String FILE = "local/ssda903-indicators.yml";

    /** uses: the Table.FIELD values the figure depends on. */
    record Indicator(String id, String query, List<String> uses, String definition) {
    }

    /** A count per 10,000 children aged 0 to 17. */
    record Rate(String id, String rateOf) {

        String definition() {
            return "The " + rateOf + " figure per 10,000 children aged 0 to 17, using the ONS mid-year estimate for the"
                    + " year before the calendar year in which the period ends (population-0-17 as held for the authority);"
                    + " withheld when the warehouse holds no such estimate.";
        }
    }

    static LocalCatalogue load(Path jobs, Definitions definitions) {
        Path file = jobs.resolve(FILE);
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml().load(reader);
            List<Indicator> indicators = maps(root.get("indicators")).stream().map(entry -> new Indicator(
                    String.valueOf(entry.get("id")), String.valueOf(entry.get("query")), ExtractSpec.strings(entry.get("uses")),
                    String.valueOf(entry.get("definition")))).toList();
            List<Rate> rates = maps(root.get("rates")).stream()
                    .map(entry -> new Rate(String.valueOf(entry.get("id")), String.valueOf(entry.get("rate_of")))).toList();
            LocalCatalogue catalogue = new LocalCatalogue(String.valueOf(root.get("common")),
                    ExtractSpec.strings(root.get("period_tables")), indicators, rates);
            catalogue.requireKnown(file, definitions);
            return catalogue;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local figure must be a measure the national catalogue knows, so that it can stand beside it. */
    private void requireKnown(Path file, Definitions definitions) {
        indicators.stream().map(Indicator::id).forEach(id -> requireInCatalogue(file, definitions, id));
        rates.stream().map(Rate::id).forEach(id -> requireInCatalogue(file, definitions, id));
        rates.forEach(rate -> indicators.stream().filter(indicator -> indicator.id().equals(rate.rateOf())).findAny()
                .orElseThrow(() -> new IllegalStateException(file + ": rate " + rate.id() + " is of unknown " + rate.rateOf())));
    }

    private static void requireInCatalogue(Path file, Definitions definitions, String id) {
        if (definitions.indicator(id) == null) {
            throw new IllegalStateException(file + ": indicator " + id + " is not in indicators.yml");
        }
    }

    private static List<Map<String, Object>> maps(Object value) {
        return value instanceof List<?> list ? list.stream().map(item -> ExtractSpec.map(item, FILE)).toList() : List.of();
    }
}
