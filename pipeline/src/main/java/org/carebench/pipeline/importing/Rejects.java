package org.carebench.pipeline.importing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes rejected rows as a CSV report that a data team can open beside the job's log. */
final class Rejects {

    private Rejects() {}

    static Path write(Path file, List<Reject> rejects) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("file,row,column,value,problem\n");
            for (Reject reject : rejects) {
                out.write(String.join(
                                ",",
                                quote(reject.file()),
                                Long.toString(reject.row()),
                                quote(reject.column()),
                                quote(reject.value()),
                                quote(reject.problem()))
                        + "\n");
            }
        }
        return file;
    }

    private static String quote(String text) {
        return text == null ? "" : '"' + text.replace("\"", "\"\"") + '"';
    }
}
