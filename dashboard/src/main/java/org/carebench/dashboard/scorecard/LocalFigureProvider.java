package org.carebench.dashboard.scorecard;

import java.util.Map;
import org.carebench.dashboard.figures.LocalFigure;

/**
 * A source of the council's own figures kept outside the warehouse (in the application database),
 * which the scorecard shows in its local column beside the imported ones. Like every local figure,
 * they are never ranked, banded or averaged against other councils.
 */
public interface LocalFigureProvider {

    /** Figures by indicator id for the authority and the year ending 31 March {@code period}; empty if none. */
    Map<String, LocalFigure> localFigures(String laCode, int period);
}
