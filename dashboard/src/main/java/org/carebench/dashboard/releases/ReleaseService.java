package org.carebench.dashboard.releases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.figures.UnknownReferenceException;
import org.carebench.dashboard.warehouse.SnapshotCache;
import org.carebench.dashboard.warehouse.Warehouse;
import org.springframework.stereotype.Service;

/**
 * The releases loaded into the current snapshot with their files and change reports, and the figures
 * a later release revised: one service for the Releases page, the API and the indicator page.
 */
@Service
public class ReleaseService {

    /** Files no release names and no report claims: neighbour models loaded before reports were kept. */
    static final String NEIGHBOUR_MODELS = "neighbour-models";

    private final SnapshotCache cache;
    private final ReleaseQueries queries;

    ReleaseService(Warehouse warehouse, ReleaseQueries queries) {
        this.cache = new SnapshotCache(warehouse, 256);
        this.queries = queries;
    }

    /** Every release loaded, the newest year first, then neighbour models loaded on their own. */
    public List<Release> releases() {
        return cache.get(
                List.of("releases"),
                session -> assemble(queries.files(session.jdbc()), queries.changeCounts(session.jdbc())));
    }

    /** One release's change report; an unknown release is a 404 for the API and a message on the page. */
    public List<ReleaseChange> changes(String release) {
        if (releases().stream().noneMatch(r -> r.name().equals(release))) {
            throw new UnknownReferenceException("release", release);
        }
        return cache.get(List.of("changes", release), session -> queries.changes(session.jdbc(), release));
    }

    /** The years of an authority's indicator whose figure was revised since first published, oldest first. */
    public List<FirstPublished> firstPublished(String indicator, String la) {
        return cache.get(
                List.of("first-published", indicator, la),
                session -> queries.firstPublished(session.jdbc(), indicator, la));
    }

    private static List<Release> assemble(
            List<ReleaseFile> files, Map<String, Map<Long, Map<String, Integer>>> reports) {
        boolean reported = reports != null;
        Map<String, Map<Long, Map<String, Integer>>> counts = reported ? reports : Map.of();
        Map<Long, String> reportOfRun = new HashMap<>();
        // a neighbour model belongs to the newest release loaded with it, as its changes do
        counts.forEach((release, runs) ->
                runs.keySet().forEach(run -> reportOfRun.merge(run, release, (a, b) -> a.compareTo(b) >= 0 ? a : b)));
        Map<String, List<ReleaseFile>> byRelease = new LinkedHashMap<>();
        for (ReleaseFile file : files) {
            String release =
                    file.release() != null ? file.release() : reportOfRun.getOrDefault(file.run(), NEIGHBOUR_MODELS);
            byRelease.computeIfAbsent(release, r -> new ArrayList<>()).add(file);
        }
        List<Release> releases = new ArrayList<>();
        byRelease.forEach((name, its) -> releases.add(new Release(
                name,
                its.stream()
                        .map(ReleaseFile::loadedAt)
                        .min(Comparator.naturalOrder())
                        .orElse(null),
                its.stream()
                        .map(ReleaseFile::loadedAt)
                        .max(Comparator.naturalOrder())
                        .orElse(null),
                its.stream().anyMatch(ReleaseFile::sample),
                reported,
                ChangeCounts.of(sum(counts.getOrDefault(name, Map.of()))),
                List.copyOf(its))));
        releases.sort(Comparator.comparing((Release r) -> !r.name().matches("\\d{4}"))
                .thenComparing(Release::name, Comparator.reverseOrder()));
        return List.copyOf(releases);
    }

    private static Map<String, Integer> sum(Map<Long, Map<String, Integer>> runs) {
        Map<String, Integer> total = new HashMap<>();
        runs.values().forEach(kinds -> kinds.forEach((kind, n) -> total.merge(kind, n, Integer::sum)));
        return total;
    }
}
