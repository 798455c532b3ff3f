package org.carebench.pipeline.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code jobs/breakdowns.yml}: the populations DfE counts by characteristic, each split by dimensions
 * whose categories come in the order a reader expects, each category naming the stored breakdown
 * labels (every spelling a release has used) it stands for.
 */
public record BreakdownVocabulary(List<Population> populations) {

    static final String FILE = "breakdowns.yml";

    public record Population(String id, String title, String indicator, List<Dimension> dimensions) {}

    public record Dimension(String id, String title, List<Category> categories) {}

    public record Category(String label, List<String> breakdowns) {}

    public static BreakdownVocabulary empty() {
        return new BreakdownVocabulary(List.of());
    }

    static BreakdownVocabulary read(YamlMap yaml, Set<String> indicatorIds) {
        List<Population> populations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap entry : yaml.maps("populations")) {
            String id = entry.text("id");
            if (!ids.add(id)) {
                throw entry.error("id", "repeats population " + id);
            }
            String indicator = entry.text("indicator");
            if (!indicatorIds.contains(indicator)) {
                throw entry.error("indicator", "names '" + indicator + "', which jobs/indicators.yml does not define");
            }
            populations.add(new Population(id, entry.text("title"), indicator, dimensions(entry)));
        }
        return new BreakdownVocabulary(List.copyOf(populations));
    }

    private static List<Dimension> dimensions(YamlMap population) {
        List<Dimension> dimensions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap entry : population.maps("dimensions")) {
            String id = entry.text("id");
            if (!ids.add(id)) {
                throw entry.error("id", "repeats dimension " + id);
            }
            List<Category> categories = new ArrayList<>();
            Set<String> labels = new HashSet<>();
            for (YamlMap category : entry.maps("categories")) {
                List<String> breakdowns = category.texts("breakdowns");
                if (breakdowns.isEmpty()) {
                    throw category.error("breakdowns", "must name at least one stored breakdown label");
                }
                if (!labels.add(category.text("label"))) {
                    throw category.error("label", "repeats '" + category.text("label") + "'");
                }
                categories.add(new Category(category.text("label"), List.copyOf(breakdowns)));
            }
            if (categories.isEmpty()) {
                throw entry.error("categories", "must list the dimension's categories in order");
            }
            dimensions.add(new Dimension(id, entry.text("title"), List.copyOf(categories)));
        }
        if (dimensions.isEmpty()) {
            throw population.error("dimensions", "must list at least one dimension");
        }
        return List.copyOf(dimensions);
    }
}
