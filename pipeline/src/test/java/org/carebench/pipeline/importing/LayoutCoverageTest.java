package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carebench.pipeline.Warehouses;
import org.carebench.pipeline.definition.Definitions;
import org.carebench.pipeline.definition.Layout;
import org.carebench.pipeline.definition.LayoutMatch;
import org.carebench.pipeline.definition.LayoutMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layout under jobs/layouts recognises at least one of DfE's published files it was written
 * for (or, for a layout of the project's own, a file of data/sample), with the matcher an import uses:
 * a layout that no file fits any more is caught here, not when the next release arrives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutCoverageTest {

    private static final Path SAMPLE = Path.of("../data/sample");

    private final Definitions definitions = Definitions.load(Path.of(System.getProperty("carebench.jobs", "../jobs")));
    private final LayoutMatcher matcher = new LayoutMatcher(definitions.layouts());
    private final Map<String, List<Path>> recognised = new HashMap<>();

    @BeforeAll
    void recogniseEveryReferenceAndSampleFile() throws IOException {
        for (Path folder : List.of(Warehouses.reference(""), SAMPLE)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(InputFiles::isData)
                        .sorted()
                        .toList()) {
                    layoutsOf(file)
                            .forEach(layout -> recognised
                                    .computeIfAbsent(layout, name -> new ArrayList<>())
                                    .add(file));
                }
            }
        }
    }

    List<String> layouts() {
        return definitions.layouts().stream().map(Layout::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void recognisesAtLeastOneReferenceOrSampleFile(String layout) {
        assertThat(recognised.getOrDefault(layout, List.of()))
                .as("files in %s or %s that jobs/layouts/%s.yml recognises", Warehouses.reference(""), SAMPLE, layout)
                .isNotEmpty();
    }

    /** As an import decides: a CSV by its header row, each sheet of a workbook by its title or header row. */
    private List<String> layoutsOf(Path file) throws IOException {
        if (InputFiles.isWorkbook(file)) {
            return new XlsxStager(matcher, definitions.layouts())
                    .recognise(file).stream().map(Layout::name).toList();
        }
        return matcher.match(CsvHeader.read(file), file.getFileName().toString(), null)
                .filter(LayoutMatch::isComplete)
                .map(match -> List.of(match.layout().name()))
                .orElse(List.of());
    }
}
