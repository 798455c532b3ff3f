package org.carebench.dashboard.base.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.carebench.dashboard.figures.Average;

/**
 * What the reader chose, as carried in the address:
 * {@code ?la=358&period=2024&indicator=cla-rate-per-10k&sn=2025&average=mean}. Every page reads the
 * same parameters, so a link from one page to another keeps the choices.
 */
public record Selection(String la, Integer period, String indicator, String model, Average average) {

    public static final String DEFAULT_MODEL = "2025";
    /** The choices in the address; those it lacks take the defaults given. */
    public static Selection from(QueryParameters query, String defaultLa, Supplier<String> defaultIndicator) {
        Map<String, List<String>> p = query.getParameters();
        String indicator = first(p, "indicator", null);
        return new Selection(
                first(p, "la", defaultLa),
                period(first(p, "period", null)),
                indicator != null ? indicator : defaultIndicator.get(),
                first(p, "sn", DEFAULT_MODEL),
                average(first(p, "average", "mean")));
    }

    public QueryParameters toQueryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("la", la);
        if (period != null) {
            parameters.put("period", String.valueOf(period));
        }
        parameters.put("indicator", indicator);
        parameters.put("sn", model);
        parameters.put("average", average.id());
        return QueryParameters.simple(parameters);
    }

    public Selection withIndicator(String id) {
        return new Selection(la, period, id, model, average);
    }

    public Selection withLa(String code) {
        return new Selection(code, period, indicator, model, average);
    }

    private static String first(Map<String, List<String>> parameters, String name, String fallback) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank()
                ? fallback
                : values.get(0).strip();
    }

    /** A malformed year in a hand-edited address falls back to the default rather than failing. */
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
