package org.carebench.pipeline.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files an import was given: folders are walked, data files told apart from guidance and PDFs. */
final class InputFiles {

    /** A folder holding this file contains the product's own sample data, not published statistics. */
    static final String SAMPLE_MARKER = "carebench-sample-data.txt";

    private InputFiles() {}

    record Input(Path path, boolean sample) {}

    static List<Input> expand(List<Path> paths) {
        List<Input> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .sorted()
                            .forEach(file -> files.add(new Input(file, isSample(file))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(new Input(path, isSample(path)));
            } else {
                throw new ImportFailure(path + ": no such file or folder");
            }
        }
        return files;
    }

    static boolean isData(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || isWorkbook(file);
    }

    /** Macro-enabled workbooks count too, so they are refused by name rather than passed over. */
    static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isSample(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && Files.exists(folder.resolve(SAMPLE_MARKER));
    }
}
