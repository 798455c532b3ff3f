package org.carebench.pipeline.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hook for the crash tests, off unless the JVM is started with
 * {@code -Dcarebench.crash-test.pause-at=reading|loading|publishing} and
 * {@code -Dcarebench.crash-test.marker=FILE}: at that point of an import the process writes the
 * point's name to the marker file and waits, so a test can kill it there, exactly, with SIGKILL.
 * Watching the log for a line would leave the moment to chance; nothing else stops a process at
 * a chosen instruction from outside it.
 */
public final class CrashTestPause {

    public static final String PAUSE_AT = "carebench.crash-test.pause-at";
    public static final String MARKER = "carebench.crash-test.marker";

    private CrashTestPause() {}

    public static void at(String point) {
        if (!point.equals(System.getProperty(PAUSE_AT)) || System.getProperty(MARKER) == null) {
            return;
        }
        try {
            Files.writeString(Path.of(System.getProperty(MARKER)), point, StandardCharsets.UTF_8);
            Thread.sleep(Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
