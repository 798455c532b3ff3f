package org.carebench.dashboard.comparison.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.carebench.dashboard.comparison.AreaFigure;
import org.carebench.dashboard.comparison.NeighbourAverage;

/** Figures as the page prints them: published values as DfE rounds them, suppression symbols as given. */
final class FigureFormat {

    private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);

    private FigureFormat() {
    }

    static String figure(AreaFigure figure) {
        if (figure == null) {
            return "–";
        }
        if (figure.value() != null) {
            return new DecimalFormat("#,##0.##", UK).format(figure.value());
        }
        return figure.status() != null ? figure.status() : "–";
    }

    /** Averages keep one decimal, as DfE's tools show them, so a mean never looks like a published figure. */
    static String average(NeighbourAverage average) {
        return average.value() == null ? "–" : new DecimalFormat("#,##0.0", UK).format(average.value());
    }

    static Double chartValue(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    /** The value axis title: the unit where it says enough, else the indicator's title. */
    static String unitLabel(String unit, String title) {
        return switch (unit) {
            case "rate-per-10k" -> "Rate per 10,000 children";
            case "percent" -> "Percent";
            case "days" -> "Days";
            default -> title;
        };
    }

    static String unitSuffix(String unit) {
        return switch (unit) {
            case "rate-per-10k" -> " per 10,000 children";
            case "percent" -> "%";
            case "days" -> " days";
            default -> "";
        };
    }
}
