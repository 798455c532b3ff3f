package org.carebench.dashboard.figures;

/**
 * A council's own counts can identify children when they are small. Anything meant for a public
 * audience shows a local count under the threshold as "fewer than N", as DfE's own suppression
 * does; internal views show the number. Zero names no one and is shown.
 */
public final class SmallNumbers {

    private SmallNumbers() {}

    public static LocalFigure forPublic(LocalFigure figure, Indicator indicator, int threshold) {
        if (figure == null || figure.value() == null || !"count".equals(indicator.unit())) {
            return figure;
        }
        double value = figure.value();
        return value > 0 && value < threshold
                ? new LocalFigure(figure.period(), null, "fewer than " + threshold, figure.extract())
                : figure;
    }
}
