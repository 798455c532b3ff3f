package org.carebench.dashboard.pack;

import java.util.Locale;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Indicator;

/**
 * The one plain sentence under a slide's title: "In 2024, Trafford's figure for children looked after
 * per 10,000 children was 67: below England's 70 and above its neighbours' average of 58.4."
 */
final class PackSentence {

    private PackSentence() {}

    static String of(Indicator indicator, Comparison c) {
        String start = "In " + c.period() + ", " + c.la().name() + "'s figure for " + lowerFirst(indicator.title());
        if (c.la().value() == null) {
            return start + " was not published (" + (c.la().status() == null ? "no figure" : c.la().status()) + ").";
        }
        double la = c.la().value();
        String unit = FigureFormat.unitSuffix(indicator.unit());
        StringBuilder text = new StringBuilder(start)
                .append(" was ")
                .append(FigureFormat.number(la))
                .append(unit);
        String england = against(la, c.england(), "England's");
        Double neighbours = c.neighbours().value();
        String others = neighbours == null
                ? null
                : relation(la, neighbours) + " its neighbours' average of " + FigureFormat.average(c.neighbours());
        if (england != null || others != null) {
            text.append(": ").append(england == null ? others : others == null ? england : england + " and " + others);
        }
        return text.append('.').toString();
    }

    private static String against(double la, AreaFigure other, String name) {
        return other == null || other.value() == null
                ? null
                : relation(la, other.value()) + " " + name + " " + FigureFormat.figure(other);
    }

    private static String relation(double a, double b) {
        double difference = Math.round((a - b) * 1000) / 1000.0;
        return difference > 0 ? "above" : difference < 0 ? "below" : "the same as";
    }

    /** "Children looked after" becomes "children looked after"; "KS2 reading" keeps its capitals. */
    private static String lowerFirst(String title) {
        boolean acronym = title.length() > 1 && Character.isUpperCase(title.charAt(1));
        return acronym ? title : title.substring(0, 1).toLowerCase(Locale.UK) + title.substring(1);
    }
}
