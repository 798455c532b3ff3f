package org.carebench.dashboard.profile;

import java.util.List;

/** A characteristic the population is split by (age, gender, ...), its categories in order. */
public record ProfileDimension(String id, String title, List<ProfileCategory> categories) {

    /** Whether the authority has any figure, published or withheld, in this dimension. */
    public boolean authorityHasFigures() {
        return categories.stream().anyMatch(c -> c.la() != null);
    }

    /** Whether any comparator has a published figure, so the dimension is worth drawing without local ones. */
    boolean hasPublishedFigures() {
        return categories.stream()
                .anyMatch(c -> c.la() != null || c.region() != null || c.england() != null || c.neighbours() != null);
    }
}
