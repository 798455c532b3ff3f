package org.carebench.pipeline.local;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What to import: the extract's files or folder, the authority's 3-digit code, the period's last day
 * (null: the last statutory year complete by the extract date) and the extract date (null: the latest
 * episode date in the extract). tolerancePercent: the share of a table's children whose errors in a
 * field still leave a figure using it publishable.
 */
public record LocalExtractRequest(
        List<Path> paths, String areaCode, LocalDate periodEnd, LocalDate extractDate, double tolerancePercent) {}
