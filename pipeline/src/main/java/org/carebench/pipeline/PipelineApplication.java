package org.carebench.pipeline;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.carebench.pipeline.cli.CommandLine;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.cli.QuickCommands;
import org.carebench.pipeline.cli.Settings;
import org.carebench.pipeline.definition.DefinitionException;
import org.carebench.pipeline.definition.Definitions;
import org.carebench.pipeline.fetch.FetchCommand;
import org.carebench.pipeline.warehouse.Warehouse;
import org.carebench.pipeline.warehouse.WarehouseBusyException;
import org.carebench.pipeline.warehouse.WarehouseWriteException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.batch.BatchAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The command-line pipeline: {@code java -jar carebench-pipeline.jar import --warehouse DIR PATH...}.
 * Job history is kept in an H2 database inside the warehouse folder, beside the snapshots.
 */
@SpringBootConfiguration
@ComponentScan
// Only what the jobs use (the job history's data source, its transactions, Spring Batch): scanning
// every auto-configuration Spring Boot knows cost about a second of each command's start-up.
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    DataSourceAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class,
    BatchAutoConfiguration.class
})
public class PipelineApplication {

    private static final int FAILED = 1;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one command and returns its exit code; the one-line outcome goes to out or err. Definitions
     * are checked before anything starts, so a broken one is reported in a line naming file and key.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.println(CommandLine.HELP);
            return 0;
        }
        CommandLine command;
        try {
            command = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("carebench-pipeline: " + e.getMessage() + "\n" + CommandLine.HELP);
            return CommandLine.USAGE;
        }
        try {
            return command.light() ? QuickCommands.run(command, out, err) : runWithSpring(command, out, err);
        } catch (Exception e) {
            err.println("carebench-pipeline: " + rootMessage(e));
            return FAILED;
        }
    }

    /** The commands that run a job. Definitions are checked before anything starts, so a broken one is reported in a line naming file and key. */
    private static int runWithSpring(CommandLine command, PrintStream out, PrintStream err) throws Exception {
        Path jobs = jobsFolder(command);
        Definitions definitions;
        try {
            definitions = Definitions.load(jobs);
        } catch (DefinitionException e) {
            err.println("carebench-pipeline: " + e.getMessage());
            return FAILED;
        }
        SpringApplication application = new SpringApplication(PipelineApplication.class);
        application.addInitializers(context -> {
            context.getBeanFactory().registerSingleton("definitions", definitions);
            // --carebench.x=... wins over -D and the environment, as Spring's own command-line arguments do
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("carebench command line", new HashMap<>(command.settings())));
        });
        Warehouse warehouse = new Warehouse(command.warehouse());
        warehouse.requireWritable();
        Path fetchInbox = FetchCommand.inbox(warehouse, command.inbox());
        if (command.name().equals("fetch")) {
            StandardEnvironment settings = new StandardEnvironment();
            settings.getPropertySources()
                    .addFirst(new MapPropertySource("carebench command line", new HashMap<>(command.settings())));
            int fetched = FetchCommand.download(warehouse, fetchInbox, settings, out, err);
            if (fetched != FetchCommand.NEW_FILES) {
                return fetched;
            }
        }
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:" + warehouse.jobHistory() + ";AUTO_SERVER=TRUE",
                "carebench.jobs",
                jobs.toString()));
        if (command.inbox() != null) {
            properties.put("carebench.schedule.inbox", command.inbox().toString());
            properties.put("carebench.schedule.warehouse", command.warehouse().toString());
            properties.put(
                    "carebench.schedule.archive", warehouse.inboxArchive().toString());
            properties.put(
                    "carebench.schedule.all-or-nothing", command.switches().contains("--all-or-nothing"));
        }
        application.setDefaultProperties(properties);
        try (ConfigurableApplicationContext context = application.run()) {
            if (command.name().equals("schedule")) {
                out.println("Importing " + command.inbox() + " on schedule "
                        + context.getEnvironment().getProperty(Settings.CRON));
                Thread.currentThread().join();
            }
            if (command.name().equals("fetch")) {
                return context.getBean(FetchCommand.class).importInbox(warehouse, fetchInbox, out, err);
            }
            return context.getBean(PipelineCommands.class).run(command, out, err);
        }
    }

    /** Tests and other embedders start from carebench.jobs; the command line has loaded them already. */
    @Bean
    @ConditionalOnMissingBean
    Definitions definitions(@Value("${carebench.jobs}") Path jobs) {
        return Definitions.load(jobs);
    }

    /**
     * carebench.jobs set outside (a system property or environment variable, which Spring would let win),
     * else --jobs, else ./jobs, else the jobs folder of the checkout the jar was built in.
     */
    private static Path jobsFolder(CommandLine command) {
        String configured = command.setting(Settings.JOBS, null);
        if (configured != null) {
            return Path.of(configured);
        }
        if (command.jobs() != null) {
            return command.jobs();
        }
        Path local = Path.of("jobs");
        if (Files.isDirectory(local)) {
            return local.toAbsolutePath();
        }
        Path jarFolder = new ApplicationHome(PipelineApplication.class).getDir().toPath();
        return jarFolder.resolve("../../jobs").normalize();
    }

    /** A warehouse's own one-line failure (cannot write a path, busy) as it is; anything else by its innermost cause. */
    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null
                && !(cause instanceof WarehouseWriteException || cause instanceof WarehouseBusyException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
