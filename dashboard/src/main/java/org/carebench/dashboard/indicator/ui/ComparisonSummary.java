package org.carebench.dashboard.indicator.ui;

import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Interval;
import org.carebench.dashboard.figures.NeighbourAverage;
import org.carebench.dashboard.figures.Significance;

/** The one sentence that tells what the chart and table show for the selected year. */
final class ComparisonSummary {

    private ComparisonSummary() {}

    static String sentence(ComparisonPage page) {
        Comparison c = page.selected();
        String unit = page.indicator().unit();
        // Short units go on every figure, so that none can be misread; "per 10,000 children" only once.
        String eachUnit = unit.equals("rate-per-10k") ? "" : FigureFormat.unitSuffix(unit);
        StringBuilder text = new StringBuilder()
                .append("In ")
                .append(c.period())
                .append(", ")
                .append(c.la().name())
                .append(": ")
                .append(withUnit(c.la(), FigureFormat.unitSuffix(unit)))
                .append(", compared with ")
                .append(withUnit(c.england(), eachUnit))
                .append(" for England");
        if (c.region() != null) {
            text.append(", ")
                    .append(withUnit(c.region(), eachUnit))
                    .append(" for ")
                    .append(c.region().name());
        }
        text.append(" and ").append(neighbours(c.neighbours(), eachUnit)).append('.');
        if (c.rank() != null) {
            text.append(" Ranked ")
                    .append(c.rank().position())
                    .append(" of ")
                    .append(c.rank().of())
                    .append(" local authorities (1 = best), quartile band ")
                    .append(c.quartile())
                    .append('.');
        }
        text.append(chance(c.significance()));
        return text.toString();
    }

    /** What chance alone could give, as the scorecard's column says it: a board member's first question. */
    private static String chance(Significance significance) {
        if (significance == null || significance.england() == null) {
            return "";
        }
        String verdict = significance.england().sentence();
        StringBuilder text =
                new StringBuilder(" Allowing for chance: ").append(verdict).append(verdict.endsWith(".") ? "" : ".");
        Interval interval = significance.interval();
        if (interval != null) {
            text.append(" The ")
                    .append(interval.confidence())
                    .append("% confidence interval is ")
                    .append(FigureFormat.interval(interval.lower(), interval.upper()))
                    .append('.');
        }
        return text.toString();
    }

    private static String withUnit(AreaFigure figure, String unit) {
        return figure != null && figure.value() != null
                ? FigureFormat.figure(figure) + unit
                : valueOrSuppressed(figure);
    }

    static String figureText(AreaFigure figure) {
        return valueOrSuppressed(figure);
    }

    private static String valueOrSuppressed(AreaFigure figure) {
        if (figure != null && figure.value() == null && figure.status() != null) {
            return "not published (" + figure.status() + ")";
        }
        return FigureFormat.figure(figure);
    }

    private static String neighbours(NeighbourAverage n, String unit) {
        if (n.count() == 0) {
            return "no statistical neighbour figures (" + n.model() + " model)";
        }
        return FigureFormat.average(n) + unit + " as the " + n.average() + " of " + n.count() + " of its "
                + n.members().size() + " statistical neighbours (" + n.model() + " model)";
    }
}
