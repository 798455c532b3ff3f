package org.carebench.pipeline.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads just the header row of a CSV file, so its layout is known before anything is loaded. */
final class CsvHeader {

    private CsvHeader() {}

    static List<String> read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null || line.replace("\uFEFF", "").isBlank()) {
                throw new ImportFailure(file.getFileName() + ": the file is empty (no header row)");
            }
            return split(line.replace("\uFEFF", ""));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ImportFailure(file.getFileName() + ": not a UTF-8 text file; is it a CSV?");
        }
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
