package org.carebench.pipeline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code COMMAND --warehouse DIR [--jobs DIR] [ARGUMENT...]}, where COMMAND is import, status,
 * history, rollback, schedule, fetch, import-local or local-template.
 */
public record CommandLine(String name, Path warehouse, Path jobs, Path inbox, List<String> arguments) {

    public static final int USAGE = 2;
    public static final String HELP = """
            usage: carebench-pipeline COMMAND --warehouse DIR [--jobs DIR] [ARGUMENTS]
              import PATH...      load files or folders (an unzipped release) and publish a new snapshot
              status              the current snapshot and what it holds
              history             past import runs
              rollback SNAPSHOT   make an earlier snapshot current again (see status)
              schedule --inbox DIR  keep running; import what arrives in DIR on carebench.schedule.cron
                                  (default 02:00 nightly) and archive it under the warehouse
              fetch [--inbox DIR]  download what Explore Education Statistics has that the warehouse has not
                                  (default inbox: DIR/inbox), then import the inbox as schedule does
              import-local --la CODE [--period-end DATE | --rolling-end DATE] [--extract-date DATE] [--error-tolerance-pct N] PATH...
                                  a council's SSDA903 extract (CSV tables or XML return), or its
                                  local-figures workbook (.xlsx), as local figures
              local-template [--out FILE.xlsx]   the local-figures workbook to fill in
            exit codes: 0 done, 3 published but some files set aside or figures withheld, 2 usage, 1 failed (nothing published)""";
    private static final List<String> COMMANDS =
            List.of("import", "status", "history", "rollback", "schedule", "fetch", "import-local", "local-template");

    public static CommandLine parse(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            throw new IllegalArgumentException(
                    args.length == 0 ? "no command given" : "unknown command '" + args[0] + "'");
        }
        Path warehouse = null;
        Path jobs = null;
        Path inbox = null;
        List<String> arguments = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--warehouse" -> warehouse = Path.of(value(args, ++i, "--warehouse"));
                case "--jobs" -> jobs = Path.of(value(args, ++i, "--jobs"));
                case "--inbox" ->
                    inbox = Path.of(value(args, ++i, "--inbox"))
                            .toAbsolutePath()
                            .normalize();
                default -> arguments.add(args[i]);
            }
        }
        if (warehouse == null) {
            throw new IllegalArgumentException("--warehouse DIR is required");
        }
        if (args[0].equals("schedule") && inbox == null) {
            throw new IllegalArgumentException("schedule needs --inbox DIR");
        }
        return new CommandLine(args[0], warehouse.toAbsolutePath().normalize(), jobs, inbox, List.copyOf(arguments));
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
