package org.carebench.pipeline.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Small edge-case files, each made from a real DfE file by one change. */
final class Fixtures {

    private Fixtures() {
    }

    /** Rewrites every data line (not the header) of a CSV. */
    static Path rewriteLines(Path source, Path target, UnaryOperator<List<String>> rewrite) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            out.add(join(rewrite.apply(new ArrayList<>(CsvHeader.split(line)))));
        }
        return Files.writeString(target, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
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
        return fields.stream().map(field -> field.contains(",") ? '"' + field + '"' : field).collect(Collectors.joining(","));
    }
}
