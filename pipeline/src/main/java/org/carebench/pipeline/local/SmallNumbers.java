package org.carebench.pipeline.local;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A council's own counts can name children when they are small. Anything meant for a public audience
 * shows a count under the threshold as "fewer than N", as DfE's own suppression does; internal views
 * show the number. The threshold is the property {@code carebench.small-number-threshold} (default 5).
 */
public final class SmallNumbers {

    public static final int DEFAULT_THRESHOLD = 5;
    public static final String PROPERTY = "carebench.small-number-threshold";

    private SmallNumbers() {
    }

    /** The count as a public audience may see it; a zero is shown too, since zero names no one. */
    public static String forPublic(long count, int threshold) {
        return count > 0 && count < threshold ? "fewer than " + threshold : Long.toString(count);
    }

    /** As {@link #forPublic(long, int)}, for a stored figure that is a count; null shows as empty. */
    public static String forPublic(Double count, int threshold) {
        if (count == null) {
            return "";
        }
        if (count == Math.rint(count)) {
            return forPublic(count.longValue(), threshold);
        }
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(count);
    }

    public static boolean isSuppressed(long count, int threshold) {
        return count > 0 && count < threshold;
    }
}
