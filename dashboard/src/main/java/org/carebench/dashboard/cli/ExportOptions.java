package org.carebench.dashboard.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code export pack|board-report|scorecard --warehouse DIR --la 358 --period 2024 --out FILE
 * [--indicators a,b] [--audience public|internal] [--sn 2025] [--average mean|median]}.
 */
record ExportOptions(
        String what,
        Path warehouse,
        String la,
        int period,
        Path out,
        List<String> indicators,
        String audience,
        String model,
        String average) {

    static final Set<String> WHATS = Set.of("pack", "board-report", "scorecard");
    static final String USAGE = "usage: export pack|board-report|scorecard --warehouse DIR --la CODE --period YEAR"
            + " --out FILE [--indicators ID,ID] [--audience internal|public] [--sn MODEL] [--average mean|median]";
    private static final Set<String> NAMES =
            Set.of("--warehouse", "--la", "--period", "--out", "--indicators", "--audience", "--sn", "--average");

    /** Reads the arguments after {@code export}; a {@link UsageException} says what is wrong. */
    static ExportOptions parse(String[] args) {
        if (args.length == 0 || !WHATS.contains(args[0])) {
            throw new UsageException(args.length == 0 ? "what to export is missing" : "unknown export: " + args[0]);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!NAMES.contains(args[i]) || i + 1 >= args.length) {
                throw new UsageException("unknown option or missing value: " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--warehouse", "--la", "--period", "--out")) {
            if (!options.containsKey(required)) {
                throw new UsageException(required + " is required");
            }
        }
        int period;
        try {
            period = Integer.parseInt(options.get("--period"));
        } catch (NumberFormatException e) {
            throw new UsageException("--period must be a year, not " + options.get("--period"));
        }
        List<String> indicators = options.containsKey("--indicators")
                ? Arrays.stream(options.get("--indicators").split(","))
                        .map(String::strip)
                        .filter(id -> !id.isEmpty())
                        .toList()
                : List.of();
        return new ExportOptions(
                args[0],
                Path.of(options.get("--warehouse")),
                options.get("--la"),
                period,
                Path.of(options.get("--out")),
                indicators,
                options.getOrDefault("--audience", "internal"),
                options.getOrDefault("--sn", "2025"),
                options.getOrDefault("--average", "mean"));
    }

    /** The file's extension, which picks the format. */
    String format() {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
