package org.carebench.pipeline.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Small edge-case files, each made from a real DfE file by one change. */
final class Fixtures {

    private Fixtures() {}

    /** Rewrites every data row (not the header) of a CSV, reading and writing its fields by header name. */
    static Path rewriteRows(Path source, Path target, Consumer<Row> rewrite) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<String> headers = CsvHeader.split(lines.get(0).replace("\uFEFF", ""));
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            Row row = new Row(headers, new ArrayList<>(CsvHeader.split(line)));
            rewrite.accept(row);
            out.add(join(row.fields));
        }
        return Files.writeString(target, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
    }

    /** One data row of a CSV; a header the file lacks fails the test rather than editing another column. */
    record Row(List<String> headers, List<String> fields) {

        String get(String header) {
            return fields.get(index(header));
        }

        void set(String header, String value) {
            fields.set(index(header), value);
        }

        private int index(String header) {
            int index = headers.indexOf(header);
            if (index < 0) {
                throw new IllegalArgumentException("no column '" + header + "' among " + headers);
            }
            return index;
        }
    }

    /** Replaces text throughout a file: renamed headers and labels, as a new release would. */
    static Path replaceText(Path source, Path target, String... fromTo) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        for (int i = 0; i < fromTo.length; i += 2) {
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        return Files.writeString(target, text, StandardCharsets.UTF_8);
    }

    static String join(List<String> fields) {
        return fields.stream()
                .map(field -> field.contains(",") ? '"' + field + '"' : field)
                .collect(Collectors.joining(","));
    }
}
