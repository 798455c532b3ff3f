package org.carebench.dashboard.figures;

/** A loaded file that figures on screen came from; {@code sample} marks bundled sample data. */
public record SourceFile(String fileName, String release, boolean sample) {}
