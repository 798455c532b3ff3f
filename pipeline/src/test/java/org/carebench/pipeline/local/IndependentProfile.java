package org.carebench.pipeline.local;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Who the children looked after on a day are, counted a second, plain way from the extract's CSV
 * rows (no code shared with the product's SQL): each child's ordinary (not V3 or V4) episode open
 * that day, the latest should there be two, with the child's header and UASC rows.
 */
final class IndependentProfile {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A child looked after on the day, with what the profile splits children by. */
    record Child(int age, String sex, String ethnic, String cin, String legalStatus, String place, boolean uasc) {}

    private final Map<String, Child> children = new TreeMap<>();

    IndependentProfile(LocalDate day) throws IOException {
        Map<String, Map<String, String>> open = new HashMap<>();
        for (Map<String, String> episode : ExtractTables.rows("episodes.csv")) {
            LocalDate start = LocalDate.parse(episode.get("DECOM"), DMY);
            LocalDate end = episode.get("DEC") == null ? null : LocalDate.parse(episode.get("DEC"), DMY);
            boolean shortBreak = Set.of("V3", "V4").contains(episode.get("LS"));
            if (!shortBreak && !start.isAfter(day) && (end == null || end.isAfter(day))) {
                open.merge(episode.get("CHILD"), episode, (a, b) -> laterStart(a, b));
            }
        }
        Map<String, Map<String, String>> header = new HashMap<>();
        ExtractTables.rows("header.csv").forEach(row -> header.putIfAbsent(row.get("CHILD"), row));
        Map<String, Map<String, String>> uasc = new HashMap<>();
        ExtractTables.rows("uasc.csv").forEach(row -> uasc.put(row.get("CHILD"), row));
        open.forEach((child, episode) -> {
            Map<String, String> person = header.get(child);
            LocalDate birth = LocalDate.parse(person.get("DOB"), DMY);
            Map<String, String> asylum = uasc.get(child);
            boolean seeking = asylum != null
                    && (asylum.get("DUC") == null
                            || LocalDate.parse(asylum.get("DUC"), DMY).isAfter(day));
            children.put(
                    child,
                    new Child(
                            Period.between(birth, day).getYears(),
                            person.get("SEX"),
                            person.get("ETHNIC"),
                            episode.get("CIN"),
                            episode.get("LS"),
                            episode.get("PLACE"),
                            seeking));
        });
    }

    private static Map<String, String> laterStart(Map<String, String> a, Map<String, String> b) {
        return LocalDate.parse(b.get("DECOM"), DMY).isBefore(LocalDate.parse(a.get("DECOM"), DMY)) ? a : b;
    }

    long total() {
        return children.size();
    }

    long count(Predicate<Child> which) {
        return children.values().stream().filter(which).count();
    }
}
