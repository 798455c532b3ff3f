package org.carebench.pipeline.definition;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * Everything declared in {@code jobs/}: the indicator catalogue and the source layouts. Loaded and
 * checked once at start-up, so a broken definition stops the job before any file is touched.
 */
public record Definitions(Map<String, IndicatorDefinition> indicators, List<Layout> layouts,
                          List<Succession> successions) {

    public static Definitions load(Path jobsDirectory) {
        if (!Files.isDirectory(jobsDirectory)) {
            throw new DefinitionException("Definitions folder not found: " + jobsDirectory.toAbsolutePath());
        }
        Map<String, IndicatorDefinition> indicators = loadCatalogue(jobsDirectory.resolve("indicators.yml"));
        LayoutReader reader = new LayoutReader(jobsDirectory.resolve("common"), indicators.keySet());
        List<Layout> layouts = new ArrayList<>();
        try (Stream<Path> files = Files.list(jobsDirectory.resolve("layouts"))) {
            files.filter(file -> file.toString().endsWith(".yml")).sorted()
                    .forEach(file -> layouts.add(reader.read(file, parse(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Definitions(indicators, List.copyOf(layouts), loadSuccessions(jobsDirectory.resolve("reorganisations.yml")));
    }

    public IndicatorDefinition indicator(String id) {
        return indicators.get(id);
    }

    static YamlMap parse(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return YamlMap.of(file, new Yaml().load(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new DefinitionException(file + ": not valid YAML: " + e.getMessage());
        }
    }

    private static List<Succession> loadSuccessions(Path file) {
        List<Succession> successions = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return successions;
        }
        for (YamlMap change : parse(file).maps("reorganisations")) {
            LocalDate effective;
            try {
                effective = LocalDate.parse(change.text("effective"));
            } catch (DateTimeParseException e) {
                throw change.error("effective", "must be a date such as 2023-04-01");
            }
            for (Object pair : (List<?>) change.values().getOrDefault("successions", List.of())) {
                if (!(pair instanceof List<?> codes) || codes.size() != 2) {
                    throw change.error("successions", "must list [predecessor, successor] pairs of LA codes");
                }
                successions.add(new Succession(String.valueOf(codes.get(0)), String.valueOf(codes.get(1)), effective));
            }
        }
        return successions;
    }

    private static Map<String, IndicatorDefinition> loadCatalogue(Path file) {
        Map<String, IndicatorDefinition> catalogue = new LinkedHashMap<>();
        for (YamlMap entry : parse(file).maps("indicators")) {
            String polarity = entry.text("polarity");
            if (!List.of("higher", "lower", "none").contains(polarity)) {
                throw entry.error("polarity", "must be higher, lower or none, not '" + polarity + "'");
            }
            IndicatorDefinition indicator = new IndicatorDefinition(entry.text("id"), entry.text("title"),
                    entry.text("theme"), entry.text("unit"), polarity, entry.text("definition", null),
                    entry.text("caveats", null));
            if (catalogue.put(indicator.id(), indicator) != null) {
                throw entry.error("id", "repeats indicator " + indicator.id());
            }
        }
        return catalogue;
    }
}
