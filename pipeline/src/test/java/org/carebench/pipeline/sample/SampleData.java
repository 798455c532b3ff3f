package org.carebench.pipeline.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the sample data of {@code data/sample/}: invented figures in DfE's own layouts for every
 * indicator of the catalogue, ten years, England, its regions and fourteen authorities, two
 * statistical-neighbour models, breakdowns by characteristic, and Trafford's own SSDA903 extract and
 * local-figures workbook.
 * Every run writes the same bytes ({@link Invented}'s fixed seed). Run it with
 * {@code ./mvnw -B -q -pl pipeline test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.carebench.pipeline.sample.SampleData -Dexec.args=data/sample} from the checkout.
 */
public final class SampleData {

    static final String MARKER = "carebench-sample-data.txt";
    static final String NATIONAL = "national";
    static final String EXTRACT = "ssda903";
    static final String LOCAL_FIGURES = "local-figures";

    private SampleData() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "data/sample")
                .toAbsolutePath()
                .normalize();
        write(folder);
        System.out.println("Sample data written to " + folder);
    }

    /** Every file of the sample, by its path inside the sample folder. */
    static Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        textFiles()
                .forEach((name, lines) ->
                        files.put(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
        files.put(LOCAL_FIGURES + "/" + MARKER, files.get(EXTRACT + "/" + MARKER));
        files.put(LOCAL_FIGURES + "/" + SampleLocalFigures.FILE, SampleLocalFigures.workbook());
        return files;
    }

    private static Map<String, List<String>> textFiles() {
        Map<String, List<String>> files = new LinkedHashMap<>();
        files.put(NATIONAL + "/" + MARKER, marker("published statistics"));
        files.put(NATIONAL + "/las.csv", SampleAreas.codeList());
        files.put(NATIONAL + "/regions.csv", SampleAreas.regions());
        files.put(NATIONAL + "/sn_model_2025_wide.csv", SampleAreas.neighbours2025());
        files.put(NATIONAL + "/New_Statistical_Neighbour_Groupings_April_2021.csv", SampleAreas.neighbours2021());
        Stream.of(CareFiles.all(), OutcomeFiles.all(), CharacteristicFiles.all())
                .flatMap(List::stream)
                .forEach(file -> files.put(NATIONAL + "/" + file.name(), file.lines()));
        files.put(EXTRACT + "/" + MARKER, marker("a council's records"));
        SampleExtract.tables().forEach((name, lines) -> files.put(EXTRACT + "/" + name, lines));
        return files;
    }

    /** Writes every file, first removing the files of an earlier sample (a folder holding the marker) so none is left stale. */
    static void write(Path folder) throws IOException {
        for (String part : List.of(NATIONAL, EXTRACT, LOCAL_FIGURES)) {
            Path earlier = folder.resolve(part);
            if (Files.exists(earlier.resolve(MARKER))) {
                try (Stream<Path> files = Files.list(earlier)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
        for (Map.Entry<String, byte[]> file : files().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
    }

    private static List<String> marker(String notWhat) {
        return List.of(
                "Carebench sample data",
                "",
                "The files in this folder were written by the Carebench project (pipeline/src/test/java/org/carebench/",
                "pipeline/sample/SampleData.java) to show the dashboard working on first start. They follow DfE's",
                "layouts, but every figure and every child in them is invented: they are not " + notWhat + ".",
                "The dashboard says so on every page while it shows them.",
                "",
                "To load the real figures, import DfE's published files and the council's own extract instead (see the README).");
    }
}
