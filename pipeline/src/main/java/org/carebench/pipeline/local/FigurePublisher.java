package org.carebench.pipeline.local;

import java.sql.SQLException;
import java.util.List;
import java.util.ListIterator;
import org.carebench.pipeline.definition.LocalIndicators;

/**
 * Writes a period's figures, derives the rates per 10,000 from the counts and the ONS estimate the
 * warehouse holds, and stores how each indicator was derived beside it.
 */
final class FigurePublisher {

    private final LocalFigureWriter writer;
    private final LocalIndicators catalogue;
    private final ReportingPeriod period;

    FigurePublisher(LocalFigureWriter writer, LocalIndicators catalogue, ReportingPeriod period) {
        this.writer = writer;
        this.catalogue = catalogue;
        this.period = period;
    }

    /** Rates are added to figures, so the report lists them as well. */
    void publish(List<LocalFigure> figures) throws SQLException {
        addRates(figures);
        for (LocalFigure figure : figures) {
            if (figure.published() && figure.shares().isEmpty()) {
                writer.write(figure.indicatorId(), period.year(), period.end(), figure.value(), null);
            }
            if (figure.published()) {
                for (LocalFigure.Share share : figure.shares()) {
                    writer.write(
                            figure.indicatorId(),
                            share.breakdown(),
                            period.year(),
                            period.end(),
                            share.value(),
                            share.children() + " of " + figure.cohort() + " children");
                }
            }
        }
        for (LocalIndicators.Indicator indicator : catalogue.indicators()) {
            writer.define(indicator.id(), indicator.definition() + " " + catalogue.common());
        }
        for (LocalIndicators.Rate rate : catalogue.rates()) {
            writer.define(rate.id(), rate.definition() + " " + catalogue.common());
        }
    }

    private void addRates(List<LocalFigure> figures) throws SQLException {
        Double population = writer.population(period.populationYear());
        for (LocalIndicators.Rate rate : catalogue.rates()) {
            LocalFigure count = figures.stream()
                    .filter(figure -> figure.indicatorId().equals(rate.rateOf()))
                    .findFirst()
                    .orElseThrow();
            LocalFigure figure;
            if (!count.published()) {
                figure = LocalFigure.withheld(
                        rate.id(), count.withheld() == null ? "no " + rate.rateOf() + " figure" : count.withheld());
            } else if (population == null || population <= 0) {
                figure = LocalFigure.withheld(
                        rate.id(),
                        "the warehouse holds no ONS population estimate for mid-" + period.populationYear()
                                + " for this authority (import the ONS population file)");
            } else {
                figure = new LocalFigure(rate.id(), count.value() * 10_000 / population, count.cohort(), null);
            }
            insertAfter(figures, rate.rateOf(), figure);
        }
    }

    private static void insertAfter(List<LocalFigure> figures, String indicatorId, LocalFigure figure) {
        ListIterator<LocalFigure> iterator = figures.listIterator();
        while (iterator.hasNext()) {
            if (iterator.next().indicatorId().equals(indicatorId)) {
                iterator.add(figure);
                return;
            }
        }
        figures.add(figure);
    }
}
