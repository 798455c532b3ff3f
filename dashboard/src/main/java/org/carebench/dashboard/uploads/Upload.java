package org.carebench.dashboard.uploads;

import java.time.Instant;

/**
 * One uploaded file and what its import made of it.
 *
 * @param kind {@code national} (DfE's files) or {@code local} (the council's extract or local-figures workbook)
 * @param report the warehouse's log of rejected rows or validation findings, under {@code logs/}, if the run wrote one
 */
public record Upload(
        long id,
        Instant at,
        String username,
        String fileName,
        String kind,
        String la,
        String periodEnd,
        long size,
        String sha256,
        UploadStatus status,
        String reason,
        String report) {}
