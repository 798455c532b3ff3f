package org.carebench.dashboard.indicator.ui;

import java.util.List;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.figures.AreaFigure;

/** What the caterpillar shows, in a sentence: where the authority sits among all, and the quartiles. */
final class CaterpillarSummary {

    private CaterpillarSummary() {}

    static String sentence(ComparisonPage page) {
        List<AreaFigure> sorted = CaterpillarChartOptions.sorted(page);
        int period = page.selected().period();
        if (sorted.isEmpty()) {
            return "No local authority has a published figure for " + period + ".";
        }
        double[] q = CaterpillarChartOptions.quartiles(sorted);
        String suffix = FigureFormat.unitSuffix(page.indicator().unit());
        String quartiles = " The lower quartile is " + FigureFormat.number(FigureFormat.chartValue(q[0])) + suffix
                + ", the median " + FigureFormat.number(FigureFormat.chartValue(q[1])) + suffix
                + " and the upper quartile " + FigureFormat.number(FigureFormat.chartValue(q[2])) + suffix + ".";
        AreaFigure la = sorted.stream()
                .filter(f -> f.code().equals(page.la().code()))
                .findFirst()
                .orElse(null);
        String where;
        if (la == null) {
            where = page.la().name() + " has no published figure.";
        } else {
            long lower = sorted.stream().filter(f -> f.value() < la.value()).count();
            long same =
                    sorted.stream().filter(f -> f.value().equals(la.value())).count() - 1;
            where = page.la().name() + " (" + FigureFormat.number(la.value()) + suffix + "): " + authorities(lower)
                    + " a lower figure and " + same + " the same; its statistical neighbours are hatched.";
        }
        return sorted.size() + " local authorities with a figure in " + period + ", lowest to highest. " + where
                + quartiles;
    }

    private static String authorities(long count) {
        return count == 1 ? "1 local authority has" : count + " local authorities have";
    }
}
