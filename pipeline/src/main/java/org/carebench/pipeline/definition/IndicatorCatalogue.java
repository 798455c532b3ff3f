package org.carebench.pipeline.definition;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code jobs/indicators.yml}: every indicator, the themes in the order the scorecard shows them,
 * the indicator a page shows when none is chosen, how figures are tested against chance, and the
 * figures derived where DfE published none.
 */
public record IndicatorCatalogue(
        Map<String, IndicatorDefinition> indicators,
        List<String> themes,
        String defaultIndicator,
        List<Significance> significance,
        List<Derivation> derivations) {

    static final String FILE = "indicators.yml";

    static IndicatorCatalogue read(YamlMap yaml) {
        List<String> themes = themes(yaml);
        Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();
        Map<YamlMap, Significance> tested = new LinkedHashMap<>();
        Map<YamlMap, Derivation> derived = new LinkedHashMap<>();
        for (YamlMap entry : yaml.maps("indicators")) {
            IndicatorDefinition indicator = indicator(entry);
            if (!themes.contains(indicator.theme())) {
                throw entry.error(
                        "theme", "is '" + indicator.theme() + "', which the top-level 'themes' does not list");
            }
            if (indicators.put(indicator.id(), indicator) != null) {
                throw entry.error("id", "repeats indicator " + indicator.id());
            }
            Significance significance = Significance.read(entry, indicator.id(), indicator.unit());
            if (significance != null) {
                tested.put(entry, significance);
            }
            Derivation derivation = Derivation.read(entry, indicator.id(), indicator.unit());
            if (derivation != null) {
                derived.put(entry, derivation);
            }
        }
        tested.forEach((entry, significance) -> significance.requireKnown(indicators, entry));
        derived.forEach((entry, derivation) -> derivation.requireKnown(indicators, entry));
        String defaultIndicator = yaml.text("default-indicator");
        if (!indicators.containsKey(defaultIndicator)) {
            throw yaml.error(
                    "default-indicator", "names '" + defaultIndicator + "', which is not among the indicators");
        }
        return new IndicatorCatalogue(
                indicators, themes, defaultIndicator, List.copyOf(tested.values()), List.copyOf(derived.values()));
    }

    private static List<String> themes(YamlMap yaml) {
        List<String> themes = yaml.texts("themes");
        if (themes.isEmpty()) {
            throw yaml.error("themes", "must list every theme, in the order the scorecard shows them");
        }
        Set<String> seen = new HashSet<>();
        for (String theme : themes) {
            if (!seen.add(theme)) {
                throw yaml.error("themes", "lists '" + theme + "' twice");
            }
        }
        return themes;
    }

    private static IndicatorDefinition indicator(YamlMap entry) {
        String polarity = entry.text("polarity");
        if (!List.of("higher", "lower", "none").contains(polarity)) {
            throw entry.error("polarity", "must be higher, lower or none, not '" + polarity + "'");
        }
        return new IndicatorDefinition(
                entry.text("id"),
                entry.text("title"),
                entry.text("theme"),
                entry.text("unit"),
                polarity,
                entry.text("definition", null),
                entry.text("caveats", null));
    }
}
