package org.carebench.dashboard.export;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import org.carebench.dashboard.figures.Indicator;

/** The source line every exported chart and slide carries, so a figure taken into the room is never anonymous. */
public final class SourceLine {

    static final String DEFAULT_SOURCE = "DfE, Children looked after in England";

    private SourceLine() {}

    /** "Source: DfE, Children looked after in England, release 2025", from the releases the figures came from. */
    public static String of(Indicator indicator, Collection<String> releases) {
        var names =
                releases.stream().filter(Objects::nonNull).distinct().sorted().toList();
        String release =
                names.isEmpty() ? "" : (names.size() == 1 ? ", release " : ", releases ") + String.join(", ", names);
        return "Source: " + publication(indicator) + release;
    }

    /** The publication, without the file name the catalogue also records ("..., la_cla_file.csv"). */
    public static String publication(Indicator indicator) {
        String source =
                indicator.source() == null || indicator.source().isBlank() ? DEFAULT_SOURCE : indicator.source();
        return Arrays.stream(source.split(", "))
                .filter(part -> !part.matches("(?i).*\\.(csv|xlsx?|ods)$"))
                .collect(Collectors.collectingAndThen(
                        Collectors.joining(", "), joined -> joined.isEmpty() ? DEFAULT_SOURCE : joined));
    }
}
