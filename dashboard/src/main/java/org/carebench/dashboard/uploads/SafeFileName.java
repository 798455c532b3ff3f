package org.carebench.dashboard.uploads;

import java.util.Locale;

/**
 * The name an uploaded file is stored under. A name is the uploader's to choose, so it is checked,
 * never trusted: one that reaches for another folder is refused outright rather than quietly
 * shortened, so the attempt is seen (and audited) instead of hidden.
 */
final class SafeFileName {

    private static final int MAX_LENGTH = 200;

    private SafeFileName() {}

    static String of(String name) {
        if (name == null || name.isBlank()) {
            throw new UploadRefusedException("The upload has no file name");
        }
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.contains(":")) {
            throw new UploadRefusedException("The file name '" + printable(name)
                    + "' names a folder; upload the file itself, whose name has no '/', '\\', ':' or '..'");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new UploadRefusedException(
                    "The file name '" + printable(name) + "' holds control characters; rename the file");
        }
        if (name.length() > MAX_LENGTH) {
            throw new UploadRefusedException("The file name is longer than " + MAX_LENGTH + " characters");
        }
        String safe = name.strip().replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_");
        if (safe.startsWith(".")) {
            throw new UploadRefusedException("The file name '" + safe + "' starts with a dot; rename the file");
        }
        return safe;
    }

    /** The extension in lower case, without the dot, or "" when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
