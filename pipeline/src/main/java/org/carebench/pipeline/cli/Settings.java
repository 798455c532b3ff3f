package org.carebench.pipeline.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings the pipeline reads, each honoured as {@code --carebench.NAME=VALUE}, as
 * {@code -Dcarebench.NAME=VALUE} and as the environment variable {@code CAREBENCH_NAME} (Spring's
 * relaxed form), in that order. A name not listed is refused, so a typing slip is never ignored.
 */
public final class Settings {

    public static final String CRON = "carebench.schedule.cron";
    public static final String SETTLE = "carebench.schedule.settle";
    public static final String KEEP = "carebench.snapshots.keep";
    public static final String JOBS = "carebench.jobs";
    static final List<String> NAMES = List.of(
            CRON,
            SETTLE,
            KEEP,
            JOBS,
            "carebench.local.error-tolerance-pct",
            "carebench.fetch.enabled",
            "carebench.fetch.api-url",
            "carebench.fetch.content-url",
            "carebench.fetch.publication");
    /** Set by the test harness and the crash tests, never by a data team: tolerated as -D only. */
    private static final List<String> HOOKS = List.of("carebench.crash-test.", "carebench.reference-data");

    private Settings() {}

    static void require(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException(
                    "unknown setting " + name + "; the settings are " + String.join(", ", NAMES));
        }
    }

    static void checkSystemProperties() {
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("carebench.") && HOOKS.stream().noneMatch(name::startsWith)) {
                require(name);
            }
        }
    }

    static String resolve(String name, Map<String, String> commandLine, String fallback) {
        String value = commandLine.get(name);
        if (value == null) {
            value = System.getProperty(name);
        }
        if (value == null) {
            value = System.getenv(
                    name.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", ""));
        }
        return value == null ? fallback : value;
    }
}
