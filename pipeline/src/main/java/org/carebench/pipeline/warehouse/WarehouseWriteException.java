package org.carebench.pipeline.warehouse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * The warehouse folder could not be written: the disk is full, or permission is refused. The message
 * names the path that could not be written and the cause, so the data team looks at the warehouse's
 * disk, never at the input files.
 */
public class WarehouseWriteException extends RuntimeException {

    private static final String[][] KNOWN = {
        {"No space left on device", "the disk is full"},
        {"Disk quota exceeded", "the disk quota is used up"},
        {"Read-only file system", "the file system is read-only"}
    };

    public WarehouseWriteException(Path path, Throwable cause) {
        super("cannot write " + path + ": " + cause(cause), cause);
    }

    static String cause(Throwable cause) {
        String message =
                cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : cause.getMessage();
        if (cause instanceof AccessDeniedException || message != null && message.contains("Permission denied")) {
            return "permission denied (Permission denied)";
        }
        if (message == null) {
            return cause.getClass().getSimpleName();
        }
        for (String[] known : KNOWN) {
            if (message.contains(known[0])) {
                return known[1] + " (" + known[0] + ")";
            }
        }
        return message.strip().lines().findFirst().orElse(message);
    }

    public static boolean isDiskOrPermission(String message) {
        return message != null
                && (message.contains("No space left on device")
                        || message.contains("Disk quota exceeded")
                        || message.contains("Permission denied")
                        || message.contains("Read-only file system"));
    }

    /** For callers that have an IOException in hand. */
    public static WarehouseWriteException of(Path path, IOException cause) {
        return new WarehouseWriteException(path, cause);
    }
}
