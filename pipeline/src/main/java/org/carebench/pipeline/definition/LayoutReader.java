package org.carebench.pipeline.definition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns one layout YAML (plus the common fragment it includes) into a checked {@link Layout}. */
class LayoutReader {

    private final Path commonDirectory;
    private final Set<String> knownIndicators;

    LayoutReader(Path commonDirectory, Set<String> knownIndicators) {
        this.commonDirectory = commonDirectory;
        this.knownIndicators = knownIndicators;
    }

    Layout read(Path file, YamlMap yaml) {
        YamlMap common = yaml.has("include") ? include(yaml) : new YamlMap(file, "", Map.of());
        Map<String, List<String>> columns =
                new LinkedHashMap<>(common.map("columns").textLists());
        columns.putAll(yaml.map("columns").textLists());
        List<String> required = new ArrayList<>(common.texts("required"));
        required.addAll(yaml.texts("required"));
        Set<String> suppression = new LinkedHashSet<>(common.texts("suppression"));
        suppression.addAll(yaml.texts("suppression"));
        Layout layout = new Layout(
                yaml.text("layout"),
                new Layout.Publication(yaml.text("title"), yaml.text("source", null)),
                target(yaml),
                new Layout.Recognition(
                        yaml.text("sheet", null),
                        yaml.text("file", null),
                        yaml.texts("detect"),
                        Boolean.parseBoolean(yaml.text("closed", "false")),
                        table(yaml)),
                new Layout.Mapping(
                        columns,
                        periodFormat(yaml.has("period") ? yaml : common),
                        levels(yaml.has("levels") ? yaml : common),
                        indicators(yaml),
                        neighbours(yaml),
                        constants(yaml),
                        suppression,
                        merged(common.map("skip").textLists(), yaml.map("skip").textLists()),
                        yaml.text("period_from_file_name", common.text("period_from_file_name", null))),
                new Layout.Checks(required, totals(yaml), yaml.integer("min_rows", common.integer("min_rows", 1))));
        validate(yaml, layout);
        return layout;
    }

    private static Map<String, List<String>> merged(Map<String, List<String>> common, Map<String, List<String>> own) {
        Map<String, List<String>> result = new LinkedHashMap<>(common);
        result.putAll(own);
        return result;
    }

    private YamlMap include(YamlMap yaml) {
        Path fragment = commonDirectory.resolve(yaml.text("include") + ".yml");
        if (!Files.isRegularFile(fragment)) {
            throw yaml.error("include", "names " + fragment + ", which does not exist");
        }
        return Definitions.parse(fragment);
    }

    private static Layout.Target target(YamlMap yaml) {
        String target = yaml.text("target");
        try {
            return Layout.Target.valueOf(target.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw yaml.error("target", "must be observation, neighbour or area, not '" + target + "'");
        }
    }

    private static Layout.PeriodFormat periodFormat(YamlMap yaml) {
        String format = yaml.text("period", "year");
        return switch (format) {
            case "year" -> Layout.PeriodFormat.YEAR;
            case "academic-year" -> Layout.PeriodFormat.ACADEMIC_YEAR;
            default -> throw yaml.error("period", "must be year or academic-year, not '" + format + "'");
        };
    }

    private static Map<String, Layout.Level> levels(YamlMap yaml) {
        Map<String, Layout.Level> levels = new LinkedHashMap<>();
        YamlMap section = yaml.map("levels");
        for (String label : section.values().keySet()) {
            YamlMap level = section.map(label);
            levels.put(
                    label,
                    new Layout.Level(
                            level.text("level"),
                            level.text("code", level.text("name")),
                            level.text("name"),
                            Boolean.parseBoolean(level.text("code_by_name", "false"))));
        }
        return levels;
    }

    private List<Layout.IndicatorMapping> indicators(YamlMap yaml) {
        List<Layout.IndicatorMapping> mappings = new ArrayList<>();
        for (YamlMap entry : yaml.maps("indicators")) {
            String id = entry.text("id");
            if (!knownIndicators.contains(id)) {
                throw entry.error("id", "names indicator '" + id + "', which jobs/indicators.yml does not define");
            }
            String format = entry.text("format", "number");
            if (!format.equals("number") && !format.equals("years-months")) {
                throw entry.error("format", "must be number or years-months, not '" + format + "'");
            }
            mappings.add(new Layout.IndicatorMapping(
                    id,
                    entry.text("value"),
                    entry.map("where").textLists(),
                    entry.texts("breakdown"),
                    format.equals("years-months"),
                    entry.texts("plus"),
                    entry.text("percent_of", null),
                    Boolean.parseBoolean(entry.text("optional", "false")),
                    entry.texts("minus"),
                    entry.text("breakdown_label", null)));
            if (entry.has("breakdown") && entry.has("breakdown_label")) {
                throw entry.error("breakdown_label", "cannot stand beside breakdown: a figure has one breakdown");
            }
        }
        return mappings;
    }

    private static Layout.Neighbours neighbours(YamlMap yaml) {
        if (!yaml.has("neighbours")) {
            return null;
        }
        YamlMap section = yaml.map("neighbours");
        if (!section.has("model") && !section.has("model_from_file_name")) {
            throw section.error("model", "or model_from_file_name is required");
        }
        return new Layout.Neighbours(
                section.text("model", null),
                section.text("model_from_file_name", null),
                section.integer("count", 10),
                section.texts("code"),
                section.texts("closeness"));
    }

    private static List<Layout.Total> totals(YamlMap yaml) {
        List<Layout.Total> totals = new ArrayList<>();
        for (YamlMap entry : yaml.maps("totals")) {
            totals.add(new Layout.Total(
                    entry.text("field"),
                    entry.text("total"),
                    entry.texts("parts"),
                    entry.text("value"),
                    entry.texts("group"),
                    entry.texts("levels")));
        }
        return totals;
    }

    private static Layout.Table table(YamlMap yaml) {
        if (!yaml.has("table")) {
            return null;
        }
        YamlMap table = yaml.map("table");
        return new Layout.Table(table.text("title"), table.text("whole", null));
    }

    private static Map<String, String> constants(YamlMap yaml) {
        Map<String, String> constants = new LinkedHashMap<>();
        yaml.map("constants").values().forEach((key, value) -> constants.put(key, String.valueOf(value)));
        return constants;
    }

    private static void validate(YamlMap yaml, Layout layout) {
        Set<String> used = new LinkedHashSet<>(layout.requiredFields());
        layout.mapping().indicators().forEach(indicator -> used.addAll(indicator.fields()));
        for (String field : used) {
            if (!field.matches("(neighbour|closeness)_\\d+")
                    && !layout.mapping().columns().containsKey(field)
                    && !layout.mapping().constants().containsKey(field)) {
                throw yaml.error("columns", "has no entry for field '" + field + "', which the layout uses");
            }
        }
        String fromFileName = layout.mapping().periodFromFileName();
        if (fromFileName != null && !fromFileName.contains("(")) {
            throw yaml.error("period_from_file_name", "must hold a group, in brackets, that is the year");
        }
        if (layout.target() == Layout.Target.OBSERVATION
                && layout.mapping().indicators().isEmpty()) {
            throw yaml.error("indicators", "must list at least one indicator for an observation layout");
        }
        if (layout.target() == Layout.Target.NEIGHBOUR && layout.mapping().neighbours() == null) {
            throw yaml.error("neighbours", "is required for a neighbour layout");
        }
    }
}
