package org.carebench.pipeline.cli;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every command the pipeline knows, with the options it takes and its line of help: the one list
 * the parser, the help text and the dispatch read, so a new command is one more entry here.
 * {@code light} commands run no job and start no Spring context, so they answer at once.
 */
final class Commands {

    record Command(String name, String usage, Set<String> valueOptions, Set<String> switches, boolean light) {

        void require(String option) {
            if (!valueOptions.contains(option) && !switches.contains(option)) {
                throw new IllegalArgumentException("unknown option " + option + " for " + name
                        + (valueOptions.isEmpty() && switches.isEmpty()
                                ? " (it takes none)"
                                : "; it takes " + String.join(", ", options())));
            }
        }

        boolean takesValue(String option) {
            return valueOptions.contains(option);
        }

        private List<String> options() {
            return java.util.stream.Stream.concat(valueOptions.stream(), switches.stream())
                    .sorted()
                    .toList();
        }
    }

    static final List<Command> ALL = List.of(
            new Command(
                    "import",
                    "import [--all-or-nothing] PATH...  load files or folders (an unzipped release) and publish"
                            + " a new snapshot;\n                      a failing file is rejected and the rest"
                            + " published, unless --all-or-nothing",
                    Set.of(),
                    Set.of("--all-or-nothing"),
                    false),
            new Command(
                    "status",
                    "status              each snapshot kept (size, date, releases), the current one marked",
                    Set.of(),
                    Set.of(),
                    true),
            new Command(
                    "history",
                    "history             past runs: files, outcome and reason; rollbacks",
                    Set.of(),
                    Set.of(),
                    true),
            new Command(
                    "rollback",
                    "rollback SNAPSHOT   make an earlier snapshot current again (see status)",
                    Set.of(),
                    Set.of(),
                    true),
            new Command(
                    "schedule",
                    "schedule --inbox DIR [--all-or-nothing]  keep running; import what arrives in DIR on\n"
                            + "                      carebench.schedule.cron (default 02:00 nightly) and archive it",
                    Set.of("--inbox"),
                    Set.of("--all-or-nothing"),
                    false),
            new Command(
                    "fetch",
                    "fetch [--inbox DIR] [--all-or-nothing]  download what Explore Education Statistics has that"
                            + " the warehouse has not\n                      (default inbox: DIR/inbox), then import"
                            + " the inbox as schedule does",
                    Set.of("--inbox"),
                    Set.of("--all-or-nothing"),
                    false),
            new Command(
                    "import-local",
                    "import-local --la CODE [--period-end DATE | --rolling-end DATE] [--extract-date DATE]"
                            + " [--error-tolerance-pct N] PATH...\n"
                            + "                      a council's SSDA903 extract (CSV tables or XML return), or its"
                            + " local-figures workbook",
                    Set.of("--la", "--period-end", "--rolling-end", "--extract-date", "--error-tolerance-pct"),
                    Set.of(),
                    false),
            new Command(
                    "local-template",
                    "local-template [--out FILE.xlsx]   the local-figures workbook to fill in",
                    Set.of("--out"),
                    Set.of(),
                    false),
            new Command(
                    "export",
                    "export --format parquet|csv --out DIR   the current snapshot's comparison-ready tables",
                    Set.of("--format", "--out"),
                    Set.of(),
                    true));

    static final String HELP = "usage: carebench-pipeline COMMAND --warehouse DIR [--jobs DIR] [OPTIONS] [ARGUMENTS]\n"
            + ALL.stream().map(command -> "  " + command.usage()).collect(Collectors.joining("\n"))
            + "\nsettings (also as -Dcarebench.NAME=VALUE or the environment variable CAREBENCH_NAME):\n  "
            + Settings.NAMES.stream().map(name -> "--" + name + "=VALUE").collect(Collectors.joining("\n  "))
            + "\nexit codes: 0 done, 3 published but some files set aside or rejected (or figures withheld),"
            + " 2 usage, 1 failed (nothing published)";

    private Commands() {}

    static Command named(String name) {
        return ALL.stream()
                .filter(command -> command.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown command '" + name + "'"));
    }
}
