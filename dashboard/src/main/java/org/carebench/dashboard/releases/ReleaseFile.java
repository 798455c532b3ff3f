package org.carebench.dashboard.releases;

import java.time.LocalDateTime;

/** A file the warehouse loaded: what it was, how many rows it gave, when, its checksum and its import. */
public record ReleaseFile(
        String release,
        String fileName,
        String layout,
        long rows,
        LocalDateTime loadedAt,
        String sha256,
        boolean sample,
        long run) {}
