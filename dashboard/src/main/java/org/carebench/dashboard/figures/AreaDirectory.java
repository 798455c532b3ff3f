package org.carebench.dashboard.figures;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every area and every model's neighbours of a snapshot, read once for it, so that finding what an
 * authority is compared with costs no query.
 *
 * @param areas every area by code: England, regions and authorities
 * @param authorities the codes of the local authorities
 * @param neighbours each model's neighbours of each authority, closest first, keyed by model then authority
 * @param models the neighbour models, newest first
 */
public record AreaDirectory(
        Map<String, Area> areas,
        Set<String> authorities,
        Area england,
        Map<String, Map<String, List<Area>>> neighbours,
        List<String> models) {

    /** The authority and the areas it is compared with; unknown authorities and models are refused. */
    public Comparators comparators(String laCode, String model) {
        if (!authorities.contains(laCode)) {
            throw new UnknownReferenceException("local authority", laCode);
        }
        if (!models.contains(model)) {
            throw new UnknownReferenceException("neighbour model", model);
        }
        Area la = areas.get(laCode);
        Area region = la.regionCode() == null ? null : areas.get(la.regionCode());
        List<Area> members = neighbours.getOrDefault(model, Map.of()).getOrDefault(laCode, List.of());
        return new Comparators(la, england, region, model, members);
    }
}
