package org.carebench.pipeline.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of one import: an SSDA903 XML return, its CSV tables given one by one or as a folder, or
 * a local-figures workbook.
 */
record ExtractInput(List<Path> files, Form form) {

    enum Form {
        CSV,
        XML,
        WORKBOOK
    }

    static ExtractInput of(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(ExtractInput::isExtractFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new LocalImportFailure(path + ": no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new LocalImportFailure("no CSV, XML or xlsx files in " + paths);
        }
        Form form = files.stream().anyMatch(file -> extension(file).equals("xml"))
                ? Form.XML
                : files.stream().anyMatch(file -> extension(file).equals("xlsx")) ? Form.WORKBOOK : Form.CSV;
        if (form != Form.CSV && files.size() > 1) {
            throw new LocalImportFailure(
                    "give an XML return or a local-figures workbook on its own, or the CSV tables: " + files);
        }
        return new ExtractInput(List.copyOf(files), form);
    }

    String name() {
        return files.size() == 1
                ? files.get(0).getFileName().toString()
                : files.get(0).getParent().getFileName() + "/{"
                        + files.stream()
                                .map(file -> file.getFileName().toString())
                                .collect(Collectors.joining(",")) + "}";
    }

    String location() {
        return files.get(0).toAbsolutePath().getParent().toString();
    }

    String layout() {
        return switch (form) {
            case CSV -> "ssda903-csv";
            case XML -> "ssda903-xml";
            case WORKBOOK -> "local-figures-workbook";
        };
    }

    /** One checksum over every file of the extract, in order. */
    String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isExtractFile(Path file) {
        return List.of("csv", "xml", "xlsx").contains(extension(file));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
