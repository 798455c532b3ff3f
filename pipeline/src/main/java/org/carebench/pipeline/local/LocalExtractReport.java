package org.carebench.pipeline.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a local import found and did, for the console, cron's exit code and the job's history. */
public class LocalExtractReport {
    final List<LocalFigure> figures = new ArrayList<>();
    String release;
    String period;
    Path validationReport;
    Path validationWorkbook;
    List<RuleSummary> rules = List.of();
    List<String> notes = List.of();
    String validationSummary;
    String published;
    String failure;

    public List<String> figureLines() {
        return figures.stream().map(LocalFigure::describe).toList();
    }

    public List<String> withheld() {
        return figures.stream()
                .filter(figure -> figure.withheld() != null)
                .map(LocalFigure::describe)
                .toList();
    }

    public String published() {
        return published;
    }

    public String failure() {
        return failure;
    }
}
