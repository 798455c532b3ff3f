package org.carebench.pipeline.local;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The same definitions (jobs/local/ssda903-indicators.yml) computed a second, plain way: Java over
 * the CSV rows, one child at a time, sharing no code with the SQL that the product runs.
 */
final class IndependentFigures {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<String> NEW_PLACEMENT = Set.of("S", "P", "B", "T", "U");
    private static final Set<String> ADOPTION_PLACEMENT = Set.of("A3", "A4", "A5", "A6");

    /** An episode with what the definitions derive for it. */
    static final class Episode {
        LocalDate decom;
        LocalDate dec;
        String rne;
        String place;
        String rec;
        int care;
        int placement;
        LocalDate careStart;
        LocalDate placementStart;
        boolean startsCare;
        boolean endsCare;
    }

    private final Map<String, LocalDate> birthDates = new HashMap<>();
    private final Map<String, List<Episode>> episodes = new TreeMap<>();

    IndependentFigures() throws IOException {
        for (Map<String, String> row : ExtractTables.rows("header.csv")) {
            birthDates.put(row.get("CHILD"), LocalDate.parse(row.get("DOB"), DMY));
        }
        for (Map<String, String> row : ExtractTables.rows("episodes.csv")) {
            if (row.get("LS") != null
                    && (row.get("LS").equals("V3") || row.get("LS").equals("V4"))) {
                continue;
            }
            Episode episode = new Episode();
            episode.decom = LocalDate.parse(row.get("DECOM"), DMY);
            episode.dec = row.get("DEC") == null ? null : LocalDate.parse(row.get("DEC"), DMY);
            episode.rne = row.get("RNE");
            episode.place = row.get("PLACE");
            episode.rec = row.get("REC");
            episodes.computeIfAbsent(row.get("CHILD"), child -> new ArrayList<>())
                    .add(episode);
        }
        episodes.values().forEach(IndependentFigures::derive);
    }

    private static void derive(List<Episode> list) {
        list.sort(Comparator.comparing((Episode e) -> e.decom)
                .thenComparing(e -> e.dec, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.rne)
                .thenComparing(e -> e.place)
                .thenComparing(e -> e.rec, Comparator.nullsLast(Comparator.naturalOrder())));
        int care = 0;
        int placement = 0;
        for (int i = 0; i < list.size(); i++) {
            Episode e = list.get(i);
            Episode previous = i == 0 ? null : list.get(i - 1);
            Episode next = i + 1 < list.size() ? list.get(i + 1) : null;
            e.startsCare = previous == null || previous.dec == null || !previous.dec.equals(e.decom);
            e.endsCare = e.dec != null && (next == null || !next.decom.equals(e.dec));
            care += e.startsCare ? 1 : 0;
            placement += e.startsCare || NEW_PLACEMENT.contains(e.rne) ? 1 : 0;
            e.care = care;
            e.placement = placement;
            e.careStart = e.startsCare ? e.decom : previous.careStart;
            e.placementStart = e.startsCare || NEW_PLACEMENT.contains(e.rne) ? e.decom : previous.placementStart;
        }
    }

    long lookedAfterOn(LocalDate end) {
        return episodes.values().stream()
                .filter(list -> openOn(list, end) != null)
                .count();
    }

    long started(LocalDate start, LocalDate end) {
        return episodes.values().stream()
                .filter(list ->
                        list.stream().anyMatch(e -> e.startsCare && !e.decom.isBefore(start) && !e.decom.isAfter(end)))
                .count();
    }

    long ceased(LocalDate start, LocalDate end) {
        return episodes.values().stream()
                .filter(list ->
                        list.stream().anyMatch(e -> e.endsCare && !e.dec.isBefore(start) && !e.dec.isAfter(end)))
                .count();
    }

    double threeOrMorePlacementsPercent(LocalDate start, LocalDate end) {
        long cohort = 0;
        long moved = 0;
        for (List<Episode> list : episodes.values()) {
            if (openOn(list, end) == null) {
                continue;
            }
            cohort++;
            Set<Integer> placements = new HashSet<>();
            for (Episode e : list) {
                if (!e.decom.isAfter(end) && (e.dec == null || !e.dec.isBefore(start))) {
                    placements.add(e.placement);
                }
            }
            moved += placements.size() >= 3 ? 1 : 0;
        }
        return 100.0 * moved / cohort;
    }

    double longTermStabilityPercent(LocalDate end) {
        long cohort = 0;
        long stable = 0;
        for (Map.Entry<String, List<Episode>> child : episodes.entrySet()) {
            Episode current = openOn(child.getValue(), end);
            if (current == null
                    || Period.between(birthDates.get(child.getKey()), end).getYears() >= 16
                    || current.careStart.isAfter(end.minusMonths(30))) {
                continue;
            }
            cohort++;
            LocalDate twoYearsBefore = end.minusYears(2);
            boolean longPlacement = !current.placementStart.isAfter(twoYearsBefore);
            boolean adoptedFromLongPlacement = ADOPTION_PLACEMENT.contains(current.place)
                    && child.getValue().stream()
                            .filter(e -> e.placement == current.placement - 1 && e.careStart.equals(current.careStart))
                            .anyMatch(e -> !e.placementStart.isAfter(twoYearsBefore));
            stable += longPlacement || adoptedFromLongPlacement ? 1 : 0;
        }
        return 100.0 * stable / cohort;
    }

    /** The episode open on the day, the latest should there be two. */
    private static Episode openOn(List<Episode> list, LocalDate day) {
        Episode open = null;
        for (Episode e : list) {
            if (!e.decom.isAfter(day) && (e.dec == null || e.dec.isAfter(day))) {
                open = e;
            }
        }
        return open;
    }
}
