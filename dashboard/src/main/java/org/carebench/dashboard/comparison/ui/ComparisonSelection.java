package org.carebench.dashboard.comparison.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.comparison.Average;

/** What the reader chose, as carried in the address: {@code ?la=358&period=2024&sn=2025&average=mean}. */
record ComparisonSelection(String la, Integer period, String model, Average average) {

    static final String DEFAULT_MODEL = "2025";

    static ComparisonSelection from(QueryParameters query, String defaultLa) {
        Map<String, List<String>> p = query.getParameters();
        return new ComparisonSelection(first(p, "la", defaultLa), period(first(p, "period", null)),
                first(p, "sn", DEFAULT_MODEL), average(first(p, "average", "mean")));
    }

    Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("la", la);
        if (period != null) {
            parameters.put("period", String.valueOf(period));
        }
        parameters.put("sn", model);
        parameters.put("average", average.id());
        return parameters;
    }

    ComparisonSelection withLa(String code) {
        return new ComparisonSelection(code, period, model, average);
    }

    ComparisonSelection withPeriod(Integer year) {
        return new ComparisonSelection(la, year, model, average);
    }

    ComparisonSelection withModel(String name) {
        return new ComparisonSelection(la, period, name, average);
    }

    ComparisonSelection withAverage(Average how) {
        return new ComparisonSelection(la, period, model, how);
    }

    private static String first(Map<String, List<String>> parameters, String name, String fallback) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? fallback : values.get(0).strip();
    }

    /** A malformed year in a hand-edited address falls back to the latest rather than failing. */
    private static Integer period(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Average average(String text) {
        try {
            return Average.parse(text);
        } catch (IllegalArgumentException e) {
            return Average.MEAN;
        }
    }
}
