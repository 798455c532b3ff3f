package org.carebench.dashboard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.figures.Audience;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.pack.PackRequest;
import org.carebench.dashboard.pack.PackService;
import org.carebench.dashboard.report.ReportRequest;
import org.carebench.dashboard.report.ReportService;
import org.carebench.dashboard.scorecard.Scorecard;
import org.carebench.dashboard.scorecard.ScorecardCsv;
import org.carebench.dashboard.scorecard.ScorecardService;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar carebench-dashboard.jar export ...}: the files the pages offer, written without a
 * web server, for data teams that produce board packs on a schedule. Exit 0 done, 1 failed (one line
 * on stderr), 2 usage.
 */
public final class ExportCommand {

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private ExportCommand() {}

    public static int run(String[] args) {
        ExportOptions options;
        try {
            options = ExportOptions.parse(args);
        } catch (ExportOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(ExportOptions.USAGE);
            return USAGE;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ExportConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("carebench.warehouse=" + options.warehouse().toAbsolutePath(), "logging.level.root=WARN")
                .run()) {
            write(options.out(), export(context, options));
            return DONE;
        } catch (RuntimeException | IOException e) {
            System.err.println("export failed: "
                    + (e.getMessage() == null ? e.toString() : e.getMessage())
                            .lines()
                            .findFirst()
                            .orElse(""));
            return FAILED;
        }
    }

    private static byte[] export(ConfigurableApplicationContext context, ExportOptions o) {
        Audience audience = Audience.parse(o.audience());
        Average average = Average.parse(o.average());
        return switch (o.what() + "." + o.format()) {
            case "pack.pptx" ->
                context.getBean(PackService.class)
                        .pptx(new PackRequest(o.la(), o.period(), o.indicators(), o.model(), average, audience));
            case "board-report.docx" -> context.getBean(ReportService.class).docx(report(o, average, audience));
            case "board-report.pdf" -> context.getBean(ReportService.class).pdf(report(o, average, audience));
            case "scorecard.xlsx", "scorecard.csv" -> {
                Scorecard card = context.getBean(ScorecardService.class)
                        .scorecard(o.la(), o.period(), o.model(), average, audience);
                yield ApiResponses.file(o.format(), ScorecardCsv.table(card, audience));
            }
            default ->
                throw new IllegalArgumentException("cannot write " + o.what() + " as ." + o.format()
                        + ": use pack .pptx, board-report .docx or .pdf, scorecard .xlsx or .csv");
        };
    }

    private static ReportRequest report(ExportOptions o, Average average, Audience audience) {
        return new ReportRequest(o.la(), o.period(), o.indicators(), o.model(), average, audience);
    }

    /** Written beside the target first, so a failed run never leaves half a file under the final name. */
    private static void write(Path out, byte[] bytes) throws IOException {
        Path absolute = out.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        Files.write(partial, bytes);
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
