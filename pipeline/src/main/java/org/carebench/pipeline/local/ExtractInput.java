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

/** The files of one extract: an XML return, or CSV tables given one by one or as a folder. */
record ExtractInput(List<Path> files, boolean xml) {

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
        boolean xml = files.stream().anyMatch(ExtractInput::isXml);
        if (xml && files.size() > 1) {
            throw new LocalImportFailure("give an XML return on its own, or the CSV tables, not both: " + files);
        }
        if (files.isEmpty()) {
            throw new LocalImportFailure("no CSV or XML files in " + paths);
        }
        return new ExtractInput(List.copyOf(files), xml);
    }

    String name() {
        return files.size() == 1 ? files.get(0).getFileName().toString()
                : files.get(0).getParent().getFileName() + "/{" + files.stream().map(file -> file.getFileName().toString())
                        .collect(Collectors.joining(",")) + "}";
    }

    String location() {
        return files.get(0).toAbsolutePath().getParent().toString();
    }

    String layout() {
        return xml ? "ssda903-xml" : "ssda903-csv";
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
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".csv") || name.endsWith(".xml");
    }

    private static boolean isXml(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(".xml");
    }
}
