package org.carebench.dashboard.base.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.NeighbourAverage;

/** Figures as the page prints them: published values as DfE rounds them, suppression symbols as given. */
public final class FigureFormat {

    private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);
    // One minus sign everywhere, the typographic one, so "−18" never sits beside "-15".
    private static final String PLAIN = "#,##0.##;−#,##0.##";
    private static final String ONE_DECIMAL = "#,##0.0;−#,##0.0";

    private FigureFormat() {}

    public static String figure(AreaFigure figure) {
        if (figure == null) {
            return "–";
        }
        if (figure.value() != null) {
            return new DecimalFormat(PLAIN, UK).format(figure.value());
        }
        return figure.status() != null ? figure.status() : "–";
    }

    /** Averages keep one decimal, as DfE's tools show them, so a mean never looks like a published figure. */
    public static String average(NeighbourAverage average) {
        return average.value() == null ? "–" : new DecimalFormat(ONE_DECIMAL, UK).format(average.value());
    }

    public static String number(Double value) {
        return value == null ? "–" : new DecimalFormat(PLAIN, UK).format(value);
    }

    /** An interval's limits, to one decimal place as the neighbours' average is given. */
    public static String interval(double lower, double upper) {
        DecimalFormat format = new DecimalFormat(ONE_DECIMAL, UK);
        return format.format(lower) + " to " + format.format(upper);
    }

    /** A change with its sign, so that a fall never reads as a level. */
    public static String change(Double value) {
        return value == null ? "–" : new DecimalFormat("+#,##0.##;−#,##0.##", UK).format(value);
    }

    public static Double chartValue(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    /** The value axis title: the unit where it says enough, else the indicator's title. */
    public static String unitLabel(String unit, String title) {
        return switch (unit) {
            case "rate-per-10k" -> "Rate per 10,000 children";
            case "percent" -> "Percent";
            case "days" -> "Days";
            default -> title;
        };
    }

    public static String unitSuffix(String unit) {
        return switch (unit) {
            case "rate-per-10k" -> " per 10,000 children";
            case "percent" -> "%";
            case "days" -> " days";
            default -> "";
        };
    }
}
