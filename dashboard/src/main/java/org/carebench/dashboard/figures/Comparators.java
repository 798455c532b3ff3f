package org.carebench.dashboard.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** An authority and what it is compared with: England, its region and its neighbours in one model. */
public record Comparators(Area la, Area england, Area region, String model, List<Area> neighbours) {

    /** The codes of every area shown: the authority first. */
    public List<String> codes() {
        List<String> codes = new ArrayList<>();
        codes.add(la.code());
        Stream.of(england, region).filter(Objects::nonNull).forEach(area -> codes.add(area.code()));
        neighbours.forEach(n -> codes.add(n.code()));
        return codes;
    }
}
