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
 * The same definitions (jobs/local/ssda903-indicators.yml, DfE's way of counting) computed a second,
 * plain way: Java over the CSV rows, one child at a time, sharing no code with the SQL the product
 * runs. A period of care is the run of a child's episodes each beginning the day the one before
 * ended, short breaks (V3, V4) included; a period of short breaks only is not care DfE counts, and a
 * short-break episode is no placement.
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
        boolean shortBreak;
    }

    /** A period of care: its first day, last day (null while open) and whether it was short breaks only. */
    record Care(LocalDate start, LocalDate end, boolean shortBreaksOnly) {}

    private final Map<String, LocalDate> birthDates = new HashMap<>();
    private final Map<String, List<Episode>> episodes = new TreeMap<>();
    private final Map<String, List<Care>> periods = new TreeMap<>();

    IndependentFigures() throws IOException {
        this(ExtractTables.rows("header.csv"), ExtractTables.rows("episodes.csv"));
    }

    IndependentFigures(List<Map<String, String>> header, List<Map<String, String>> episodeRows) {
        for (Map<String, String> row : header) {
            birthDates.put(row.get("CHILD"), LocalDate.parse(row.get("DOB"), DMY));
        }
        for (Map<String, String> row : episodeRows) {
            Episode episode = new Episode();
            episode.shortBreak = "V3".equals(row.get("LS")) || "V4".equals(row.get("LS"));
            episode.decom = LocalDate.parse(row.get("DECOM"), DMY);
            episode.dec = row.get("DEC") == null ? null : LocalDate.parse(row.get("DEC"), DMY);
            episode.rne = row.get("RNE");
            episode.place = row.get("PLACE");
            episode.rec = row.get("REC");
            episodes.computeIfAbsent(row.get("CHILD"), child -> new ArrayList<>())
                    .add(episode);
        }
        episodes.forEach((child, list) -> periods.put(child, derive(list)));
        episodes.values().forEach(list -> list.removeIf(e -> e.shortBreak));
    }

    private static List<Care> derive(List<Episode> list) {
        list.sort(Comparator.comparing((Episode e) -> e.decom)
                .thenComparing(e -> e.dec, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.rne)
                .thenComparing(e -> e.place)
                .thenComparing(e -> e.rec, Comparator.nullsLast(Comparator.naturalOrder())));
        List<List<Episode>> runs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Episode e = list.get(i);
            Episode previous = i == 0 ? null : list.get(i - 1);
            if (previous == null || previous.dec == null || !previous.dec.equals(e.decom)) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(e);
        }
        List<Care> cares = new ArrayList<>();
        int placement = 0;
        for (List<Episode> run : runs) {
            Care care = new Care(
                    run.get(0).decom, run.get(run.size() - 1).dec, run.stream().allMatch(e -> e.shortBreak));
            cares.add(care);
            Episode previous = null;
            for (Episode e : run) {
                if (e.shortBreak) {
                    continue;
                }
                boolean newPlacement = previous == null || NEW_PLACEMENT.contains(e.rne);
                placement += newPlacement ? 1 : 0;
                e.care = cares.size();
                e.placement = placement;
                e.careStart = care.start();
                e.placementStart = newPlacement ? e.decom : previous.placementStart;
                previous = e;
            }
        }
        return cares;
    }

    long lookedAfterOn(LocalDate end) {
        return episodes.values().stream()
                .filter(list -> openOn(list, end) != null)
                .count();
    }

    long started(LocalDate start, LocalDate end) {
        return periods.values().stream()
                .filter(cares -> cares.stream()
                        .anyMatch(care -> !care.shortBreaksOnly()
                                && !care.start().isBefore(start)
                                && !care.start().isAfter(end)))
                .count();
    }

    long ceased(LocalDate start, LocalDate end) {
        return periods.values().stream()
                .filter(cares -> cares.stream()
                        .anyMatch(care -> !care.shortBreaksOnly()
                                && care.end() != null
                                && !care.end().isBefore(start)
                                && !care.end().isAfter(end)))
                .count();
    }

    /** Children with 3 or more placements among those looked after on the period's last day. */
    long threeOrMorePlacements(LocalDate start, LocalDate end) {
        return Math.round(threeOrMorePlacementsPercent(start, end) * lookedAfterOn(end) / 100);
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
