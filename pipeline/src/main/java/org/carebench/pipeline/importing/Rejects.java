package org.carebench.pipeline.importing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carebench.pipeline.warehouse.WarehouseWriteException;

/** Writes rejected rows as a CSV report that a data team can open beside the job's log. */
final class Rejects {

    private Rejects() {}

    static Path write(Path file, List<Reject> rejects) {
        try (Writer out = newWriter(file)) {
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
        } catch (IOException e) {
            throw new WarehouseWriteException(file, e);
        }
        return file;
    }

    private static Writer newWriter(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return text == null ? "" : '"' + text.replace("\"", "\"\"") + '"';
    }
}
