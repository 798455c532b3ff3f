package org.carebench.pipeline.definition;

import java.time.LocalDate;

/** One council's responsibility passing, wholly or in part, to another on a date. */
public record Succession(String predecessorCode, String successorCode, LocalDate effective) {}
