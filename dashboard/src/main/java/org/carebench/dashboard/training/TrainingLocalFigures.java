package org.carebench.dashboard.training;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.carebench.dashboard.figures.LocalFigure;
import org.carebench.dashboard.scorecard.LocalFigureProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The training records' counts on the council's own scorecard, as local figures: councillors who
 * attended a corporate-parenting session in the year, and the share of current councillors trained
 * this term (as of 31 March, or today for a year not yet over). Only for the council the records
 * belong to ({@code carebench.training.la}, by default {@code carebench.default-la}).
 */
@Component
class TrainingLocalFigures implements LocalFigureProvider {

    static final String TRAINED_COUNT = "corporate-parents-trained-count";
    static final String TRAINED_SHARE = "corporate-parents-trained-pct";

    private final TrainingReports reports;
    private final String council;

    TrainingLocalFigures(
            TrainingReports reports, @Value("${carebench.training.la:${carebench.default-la:}}") String council) {
        this.reports = reports;
        this.council = council;
    }

    @Override
    public Map<String, LocalFigure> localFigures(String laCode, int period) {
        // Local figures go to analysts and admins only, as the snapshot's own do.
        if (!council.equals(laCode) || !reports.showsNames() || !reports.hasMembers()) {
            return Map.of();
        }
        LocalDate yearEnd = LocalDate.of(period, 3, 31);
        LocalDate asOf = yearEnd.isAfter(reports.today()) ? reports.today() : yearEnd;
        String source = "training records, as of " + asOf;
        Map<String, LocalFigure> figures = new HashMap<>();
        figures.put(
                TRAINED_COUNT,
                new LocalFigure(period, (double) reports.councillorsTrainedInYear(period), null, source));
        Double share = reports.coverage(asOf).councillorsTrainedPercent();
        if (share != null) {
            figures.put(TRAINED_SHARE, new LocalFigure(period, share, null, source));
        }
        return figures;
    }
}
