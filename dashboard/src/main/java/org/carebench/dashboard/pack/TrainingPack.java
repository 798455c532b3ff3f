package org.carebench.dashboard.pack;

import java.util.List;

/**
 * Everything a pack shows, read before any slide is drawn.
 *
 * @param releases the DfE releases the authority's figures came from
 * @param missing indicators left out because they have no figure for the authority up to the year
 */
public record TrainingPack(
        PackRequest request, String laName, List<PackSlide> slides, List<String> releases, List<String> missing) {}
