package org.carebench.pipeline.definition;

import java.util.List;
import java.util.Set;

/** The indicators an SSDA903 extract gives, as {@code jobs/local/ssda903-indicators.yml} defines them. */
public record LocalIndicators(String common, List<String> periodTables, List<Indicator> indicators, List<Rate> rates) {

    static final String FILE = "local/ssda903-indicators.yml";

    /** uses: the Table.FIELD values the figure depends on. */
    public record Indicator(String id, String query, List<String> uses, String definition) {}

    /** A count per 10,000 children aged 0 to 17. */
    public record Rate(String id, String rateOf) {

        public String definition() {
            return "The " + rateOf + " figure per 10,000 children aged 0 to 17, using the ONS mid-year estimate for the"
                    + " year before the calendar year in which the period ends (population-0-17 as held for the"
                    + " authority); withheld when the warehouse holds no such estimate.";
        }
    }

    /** A local figure must be a measure the national catalogue knows, so that it can stand beside it. */
    static LocalIndicators read(YamlMap yaml, Set<String> catalogue) {
        List<Indicator> indicators = yaml.maps("indicators").stream()
                .map(entry -> new Indicator(
                        known(entry, "id", catalogue),
                        entry.text("query"),
                        entry.texts("uses"),
                        entry.text("definition")))
                .toList();
        Set<String> local = Set.copyOf(indicators.stream().map(Indicator::id).toList());
        List<Rate> rates = yaml.maps("rates").stream()
                .map(entry -> new Rate(known(entry, "id", catalogue), rateOf(entry, local)))
                .toList();
        return new LocalIndicators(yaml.text("common"), yaml.texts("period_tables"), indicators, rates);
    }

    private static String known(YamlMap entry, String key, Set<String> catalogue) {
        String id = entry.text(key);
        if (!catalogue.contains(id)) {
            throw entry.error(key, "names indicator '" + id + "', which jobs/indicators.yml does not define");
        }
        return id;
    }

    private static String rateOf(YamlMap entry, Set<String> local) {
        String count = entry.text("rate_of");
        if (!local.contains(count)) {
            throw entry.error("rate_of", "names '" + count + "', which is not among this file's indicators");
        }
        return count;
    }
}
