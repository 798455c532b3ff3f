package org.carebench.pipeline.definition;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * Everything declared in {@code jobs/}: the indicator catalogue, the source layouts, reorganisations,
 * the SSDA903 extract with the local indicators derived from it, and the breakdowns' vocabulary. Loaded and checked once at
 * start-up, so a broken definition stops the program, naming file and key, before any file is touched.
 */
public record Definitions(
        IndicatorCatalogue catalogue,
        List<Layout> layouts,
        List<Succession> successions,
        ExtractDefinition extract,
        LocalIndicators localIndicators,
        BreakdownVocabulary breakdowns) {

    public static Definitions load(Path jobsDirectory) {
        if (!Files.isDirectory(jobsDirectory)) {
            throw new DefinitionException("Definitions folder not found: " + jobsDirectory.toAbsolutePath());
        }
        IndicatorCatalogue catalogue = IndicatorCatalogue.read(parse(jobsDirectory.resolve(IndicatorCatalogue.FILE)));
        LayoutReader reader = new LayoutReader(
                jobsDirectory.resolve("common"), catalogue.indicators().keySet());
        List<Layout> layouts = new ArrayList<>();
        try (Stream<Path> files = Files.list(jobsDirectory.resolve("layouts"))) {
            files.filter(file -> file.toString().endsWith(".yml"))
                    .sorted()
                    .forEach(file -> layouts.add(reader.read(file, parse(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Definitions(
                catalogue,
                List.copyOf(layouts),
                loadSuccessions(jobsDirectory.resolve("reorganisations.yml")),
                ExtractDefinition.read(parse(jobsDirectory.resolve(ExtractDefinition.FILE))),
                LocalIndicators.read(
                        parse(jobsDirectory.resolve(LocalIndicators.FILE)),
                        catalogue.indicators().keySet()),
                loadBreakdowns(jobsDirectory.resolve(BreakdownVocabulary.FILE), catalogue));
    }

    private static BreakdownVocabulary loadBreakdowns(Path file, IndicatorCatalogue catalogue) {
        return Files.isRegularFile(file)
                ? BreakdownVocabulary.read(parse(file), catalogue.indicators().keySet())
                : BreakdownVocabulary.empty();
    }

    public Map<String, IndicatorDefinition> indicators() {
        return catalogue.indicators();
    }

    public IndicatorDefinition indicator(String id) {
        return catalogue.indicators().get(id);
    }

    static YamlMap parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DefinitionException(file + ": file not found");
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            return YamlMap.of(file, new Yaml().load(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DefinitionException e) {
            throw e;
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
}
