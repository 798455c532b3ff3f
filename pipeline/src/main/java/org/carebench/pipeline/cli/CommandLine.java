package org.carebench.pipeline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code COMMAND --warehouse DIR [--jobs DIR] [OPTION...] [ARGUMENT...]}. Each command names the
 * options it takes ({@link Commands}); settings come as {@code --carebench.NAME=VALUE} (or
 * {@code -Dcarebench.NAME=VALUE}), and anything else beginning with {@code -} is a usage error,
 * never passed over.
 */
public record CommandLine(
        String name,
        Path warehouse,
        Path jobs,
        Path inbox,
        List<String> arguments,
        Set<String> switches,
        Map<String, String> settings) {

    public static final int USAGE = 2;
    public static final String HELP = Commands.HELP;

    public static CommandLine parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("no command given");
        }
        Commands.Command command = Commands.named(args[0]);
        Path warehouse = null;
        Path jobs = null;
        Path inbox = null;
        List<String> arguments = new ArrayList<>();
        Set<String> switches = new LinkedHashSet<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--warehouse" -> warehouse = Path.of(value(args, ++i, arg));
                case "--jobs" -> jobs = Path.of(value(args, ++i, arg));
                case "--inbox" -> {
                    command.require(arg);
                    inbox = Path.of(value(args, ++i, arg)).toAbsolutePath().normalize();
                }
                default -> {
                    if (arg.startsWith("--carebench.") || arg.startsWith("-Dcarebench.")) {
                        setting(arg.substring(arg.indexOf("carebench.")), settings);
                    } else if (arg.startsWith("-") && !arg.equals("-")) {
                        command.require(arg);
                        if (command.takesValue(arg)) {
                            arguments.add(arg);
                            arguments.add(value(args, ++i, arg));
                        } else {
                            switches.add(arg);
                        }
                    } else {
                        arguments.add(arg);
                    }
                }
            }
        }
        Settings.checkSystemProperties();
        if (warehouse == null) {
            throw new IllegalArgumentException("--warehouse DIR is required");
        }
        if (command.name().equals("schedule") && inbox == null) {
            throw new IllegalArgumentException("schedule needs --inbox DIR");
        }
        return new CommandLine(
                command.name(),
                warehouse.toAbsolutePath().normalize(),
                jobs,
                inbox,
                List.copyOf(arguments),
                Set.copyOf(switches),
                Map.copyOf(settings));
    }

    /** Runs no job: answered without starting Spring. */
    public boolean light() {
        return Commands.named(name).light();
    }

    /** A setting from this command line, else -D, else the environment (CAREBENCH_SNAPSHOTS_KEEP), else the default. */
    public String setting(String name, String fallback) {
        return Settings.resolve(name, settings, fallback);
    }

    private static void setting(String assignment, Map<String, String> settings) {
        int equals = assignment.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("--" + assignment + " needs a value: --" + assignment + "=VALUE");
        }
        String name = assignment.substring(0, equals);
        Settings.require(name);
        settings.put(name, assignment.substring(equals + 1));
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
