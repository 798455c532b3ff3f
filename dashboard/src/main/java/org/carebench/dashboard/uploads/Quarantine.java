package org.carebench.dashboard.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * {@code <warehouse>/quarantine/<upload-id>/<name>}: where an uploaded file waits, unread by anything,
 * until its import has checked it. Loaded files leave (the pipeline keeps its own copy under
 * {@code archive/raw/}); refused and rejected ones move to {@code quarantine/rejected/<upload-id>/}
 * for the data team to look at.
 */
@Component
class Quarantine {

    record Stored(Path file, long size, String sha256) {}

    private final Path root;

    Quarantine(UploadSettings settings) {
        this.root = settings.warehouse().resolve("quarantine");
    }

    /** Streams the upload to disk, never whole into memory, taking its checksum on the way. */
    Stored store(long uploadId, String safeName, InputStream content) throws IOException {
        Path folder = Files.createDirectories(root.resolve(Long.toString(uploadId)));
        Path file = folder.resolve(safeName).normalize();
        if (!file.getParent().equals(folder)) {
            throw new UploadRefusedException("The file name '" + safeName + "' is not a plain file name");
        }
        MessageDigest sha256 = sha256();
        long size;
        try (InputStream in = new DigestInputStream(content, sha256);
                OutputStream out = Files.newOutputStream(file)) {
            size = in.transferTo(out);
        }
        return new Stored(file, size, HexFormat.of().formatHex(sha256.digest()));
    }

    Path file(long uploadId, String safeName) {
        return root.resolve(Long.toString(uploadId)).resolve(safeName);
    }

    /** After a load: the pipeline has archived its own copy, so the quarantined one goes. */
    void release(long uploadId) throws IOException {
        delete(root.resolve(Long.toString(uploadId)));
    }

    /** Keeps a refused or rejected file, away from the queue, for the data team. */
    void setAside(long uploadId) throws IOException {
        Path folder = root.resolve(Long.toString(uploadId));
        if (Files.isDirectory(folder)) {
            Path rejected = Files.createDirectories(root.resolve("rejected"));
            Files.move(folder, rejected.resolve(folder.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
