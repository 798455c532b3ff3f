package org.carebench.pipeline.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Looks inside a workbook's zip package before POI streams it, and refuses what must never be read:
 * macros (Carebench never runs them, and a data file has no need of them), an XML part with a DTD
 * (Office Open XML forbids them; they are how entity-expansion and external-entity attacks start),
 * and a part that expands far beyond its compressed size (a zip bomb). POI's own guards stay on
 * behind this one (its inflate-ratio check while reading, its XML parsers without DTDs); this one
 * only makes the refusal early and says why in words a data team can act on.
 */
final class WorkbookGuard {

    /** How much of each XML part's start is searched for a DOCTYPE, which can only precede the root element. */
    private static final int PROLOG_BYTES = 8192;

    private WorkbookGuard() {}

    static void check(Path file) {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String part = entry.getName();
                if (part.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw new ImportFailure(name + ": holds macros (" + part + "); Carebench never runs macros and"
                            + " does not read workbooks that carry them: save it as an .xlsx workbook without macros");
                }
                checkExpansion(name, entry);
                if (part.endsWith(".xml") || part.endsWith(".rels")) {
                    checkNoDoctype(name, zip, entry);
                }
            }
        } catch (IOException e) {
            throw new ImportFailure(name + ": not a readable xlsx workbook (not a complete zip package: "
                    + CsvStager.firstLine(e.getMessage()) + ")");
        }
    }

    /** The sizes the package declares, against POI's own limit; POI checks the real bytes again as it reads. */
    private static void checkExpansion(String name, ZipEntry entry) {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > 1_000_000 && compressed >= 0 && compressed < size * ZipSecureFile.getMinInflateRatio()) {
            throw new ImportFailure(name + ": refused as a possible zip bomb: part " + entry.getName() + " expands "
                    + size / Math.max(compressed, 1) + " times, to " + size / 1_000_000 + " MB");
        }
    }

    private static void checkNoDoctype(String name, ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            String prolog = new String(in.readNBytes(PROLOG_BYTES), StandardCharsets.UTF_8);
            if (prolog.contains("<!DOCTYPE")) {
                throw new ImportFailure(name + ": part " + entry.getName() + " declares a DTD (<!DOCTYPE>), which"
                        + " Office Open XML forbids; its entities are never expanded and the workbook is not read");
            }
        }
    }
}
