package org.carebench.pipeline.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A release's files as EES zips them, unpacked into a folder of the inbox. The folder appears whole
 * or not at all (unpacked beside it, then renamed), no entry may leave it, and no zip may expand
 * beyond a size no release comes near.
 */
final class ReleaseZip {

    static final long MAX_UNPACKED = 8L << 30;

    private ReleaseZip() {}

    static int unpack(Path zip, Path folder) throws IOException {
        Path part = folder.resolveSibling(folder.getFileName() + ".part");
        delete(part);
        Files.createDirectories(part);
        int files = 0;
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = part.resolve(entry.getName()).normalize();
                if (!target.startsWith(part)) {
                    throw new IOException(
                            zip.getFileName() + ": entry " + entry.getName() + " points outside its folder");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                total += copy(in, target, MAX_UNPACKED - total, zip);
                files++;
            }
        }
        if (files == 0) {
            throw new IOException(zip.getFileName() + " holds no files");
        }
        delete(folder);
        Files.move(part, folder, StandardCopyOption.ATOMIC_MOVE);
        return files;
    }

    private static long copy(InputStream in, Path target, long allowed, Path zip) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                written += n;
                if (written > allowed) {
                    throw new IOException(zip.getFileName() + " expands beyond " + (MAX_UNPACKED >> 30) + " GB");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
