package org.carebench.dashboard.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Direction;
import org.carebench.dashboard.figures.Interval;
import org.carebench.dashboard.figures.NeighbourAverage;
import org.carebench.dashboard.figures.Significance;

/**
 * Comparisons flattened to one CSV row each, with the same figures the JSON carries; column names
 * are stable, so a spreadsheet built on them keeps working.
 */
public final class CsvRows {

    private CsvRows() {}

    public static List<Map<String, Object>> comparisons(List<Comparison> comparisons) {
        return comparisons.stream().map(CsvRows::comparison).toList();
    }

    public static Map<String, Object> comparison(Comparison c) {
        Map<String, Object> csv = new LinkedHashMap<>();
        csv.put("indicator", c.indicator());
        csv.put("period", c.period());
        figure(csv, "la", c.la());
        Direction d = c.direction();
        csv.put("previous_period", d == null ? null : d.previousPeriod());
        csv.put("previous_value", d == null ? null : d.previousValue());
        csv.put("change", d == null ? null : d.change());
        csv.put("movement", d == null ? null : d.movement());
        csv.put("judgement", d == null ? null : d.judgement());
        NeighbourAverage n = c.neighbours();
        csv.put("neighbours_model", n.model());
        csv.put("neighbours_average", n.average());
        csv.put("neighbours_value", n.value());
        csv.put("neighbours_count", n.count());
        figure(csv, "region", c.region());
        figure(csv, "england", c.england());
        csv.put("rank", c.rank() == null ? null : c.rank().position());
        csv.put("rank_of", c.rank() == null ? null : c.rank().of());
        csv.put("quartile", c.quartile());
        significance(csv, c);
        return csv;
    }

    /** The interval and verdicts, after every earlier column so that spreadsheets built on those keep working. */
    private static void significance(Map<String, Object> csv, Comparison c) {
        Significance s = c.significance();
        Interval interval = s == null ? null : s.interval();
        csv.put("change_verdict", c.direction() == null ? null : c.direction().verdict());
        csv.put("ci_method", interval == null ? null : interval.method());
        csv.put("ci_lower", interval == null ? null : interval.lower());
        csv.put("ci_upper", interval == null ? null : interval.upper());
        csv.put(
                "vs_england",
                s == null || s.england() == null ? null : s.england().verdict());
        csv.put("vs_region", s == null || s.region() == null ? null : s.region().verdict());
        csv.put(
                "vs_neighbours",
                s == null || s.neighbours() == null ? null : s.neighbours().verdict());
    }

    /** What a table's figures are for, in the words its notes print. */
    public static Map<String, String> selection(
            String authority, Integer period, String model, String average, String audience) {
        Map<String, String> selection = new LinkedHashMap<>();
        selection.put("authority", authority);
        if (period != null) {
            selection.put("period", "year ending 31 March " + period);
        }
        selection.put("statistical neighbour model", model);
        selection.put("neighbours' average", average);
        selection.put("audience", audience);
        return selection;
    }

    private static void figure(Map<String, Object> csv, String prefix, AreaFigure figure) {
        csv.put(prefix + "_code", figure == null ? null : figure.code());
        csv.put(prefix + "_name", figure == null ? null : figure.name());
        csv.put(prefix + "_value", figure == null ? null : figure.value());
        csv.put(prefix + "_status", figure == null ? null : figure.status());
        csv.put(prefix + "_release", figure == null ? null : figure.release());
    }
}
