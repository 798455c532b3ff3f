package org.carebench.dashboard.figures;

/**
 * How an authority's figure stands against one comparator, once chance is allowed for: {@code better}
 * or {@code worse} (the indicator has a polarity), {@code higher} or {@code lower} (it has none),
 * {@code similar}, or {@code not tested} (no count and denominator), with the plain sentence a board
 * member reads.
 */
public record Verdict(String verdict, String sentence) {

    static Verdict of(String verdict, String comparator) {
        if (verdict == null) {
            return null;
        }
        return new Verdict(
                verdict,
                switch (verdict) {
                    case "similar" ->
                        "similar to " + comparator
                                + ": the difference is within what chance alone would give for an authority of this size";
                    case "not tested" ->
                        "not tested against " + comparator
                                + ": DfE's files give no count and denominator for this indicator, so chance cannot be ruled out";
                    default ->
                        verdict + " than " + comparator
                                + ": the difference is larger than chance alone would give for an authority of this size";
                });
    }
}
