package org.carebench.pipeline.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.pipeline.Warehouses;

/** The synthetic SSDA903 extract DfE's tools are tested with, read plainly as rows of named fields. */
final class ExtractTables {

    static final String FOLDER = "ssda903/fake_data";
    /** The extract's tables; placed_for_adoption_errors.csv is a second, deliberately wrong PlacedAdoption. */
    static final List<String> CSV_TABLES = List.of(
            "header.csv",
            "episodes.csv",
            "uasc.csv",
            "reviews.csv",
            "oc2.csv",
            "oc3.csv",
            "ad1.csv",
            "placed_for_adoption.csv",
            "previous_permanence.csv",
            "missing.csv",
            "sw_episodes.csv");

    private ExtractTables() {}

    static List<String> csvPaths() {
        return CSV_TABLES.stream()
                .map(name -> Warehouses.referencePath(FOLDER + "/" + name))
                .toList();
    }

    static List<Map<String, String>> rows(String fileName) throws IOException {
        return rowsOf(Warehouses.reference(FOLDER + "/" + fileName));
    }

    /** A CSV of plain fields (no quoted commas), as rows of named fields; blank fields are null. */
    static List<Map<String, String>> rowsOf(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).replace("\uFEFF", "").split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                String value = i < fields.length ? fields[i].strip() : "";
                row.put(header[i].strip(), value.isEmpty() ? null : value);
            }
            rows.add(row);
        }
        return rows;
    }

    static Path copyWith(Path folder, String fileName, java.util.function.UnaryOperator<String> rewrite)
            throws IOException {
        Path source = Warehouses.reference(FOLDER + "/" + fileName);
        return Files.writeString(
                folder.resolve(fileName),
                rewrite.apply(Files.readString(source, StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }
}
