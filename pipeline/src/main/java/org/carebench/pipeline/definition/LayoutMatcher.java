package org.carebench.pipeline.definition;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds which layout a header row belongs to, by header text and aliases, never by position alone. */
public class LayoutMatcher {

    /** In a neighbour layout, a closeness alias meaning "the column right after the neighbour's code". */
    static final String NEXT_COLUMN = "(next column)";

    private final List<Layout> layouts;

    public LayoutMatcher(List<Layout> layouts) {
        this.layouts = layouts;
    }

    /** The best layout whose detecting fields are all present, complete or not; empty if none. */
    public Optional<LayoutMatch> match(List<String> headers, String fileName, String sheet) {
        LayoutMatch best = null;
        for (Layout layout : layouts) {
            Layout.Recognition recognition = layout.recognition();
            if (recognition.sheet() != null
                            && sheet != null
                            && !recognition.sheet().equalsIgnoreCase(sheet.strip())
                    || recognition.fileName() != null && !globMatches(recognition.fileName(), fileName)) {
                continue;
            }
            LayoutMatch candidate = resolve(layout, headers);
            boolean detected = recognition.detect().stream().allMatch(candidate.fieldColumns()::containsKey)
                    && (!recognition.closed() || candidate.fieldColumns().size() == nonBlank(headers));
            if (detected && (best == null || isBetter(candidate, best))) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Why no layout fits: the closest layout and the headers it did not recognise. */
    public String explainNoMatch(List<String> headers) {
        LayoutMatch closest = null;
        for (Layout layout : layouts) {
            LayoutMatch candidate = resolve(layout, headers);
            if (closest == null
                    || candidate.fieldColumns().size() > closest.fieldColumns().size()) {
                closest = candidate;
            }
        }
        if (closest == null) {
            return "no layouts are defined";
        }
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!closest.fieldColumns().containsValue(i) && !headers.get(i).isBlank()) {
                unmatched.add(headers.get(i).strip());
            }
        }
        return "closest definition is '" + closest.layout().name() + "' (jobs/layouts/"
                + closest.layout().name()
                + ".yml), which lacks " + closest.describeMissingOrDetect() + "; headers that did not match: "
                + String.join(", ", unmatched);
    }

    /** A complete match beats an incomplete one; then the match that explains more columns. */
    private static boolean isBetter(LayoutMatch candidate, LayoutMatch best) {
        if (candidate.isComplete() != best.isComplete()) {
            return candidate.isComplete();
        }
        return candidate.fieldColumns().size() > best.fieldColumns().size();
    }

    private static boolean globMatches(String glob, String fileName) {
        return fileName != null
                && FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(fileName));
    }

    private static long nonBlank(List<String> headers) {
        return headers.stream().filter(header -> !header.isBlank()).count();
    }

    public static LayoutMatch resolve(Layout layout, List<String> rawHeaders) {
        // normalised once: a workbook's first rows are tried against every layout
        List<String> headers = rawHeaders.stream().map(LayoutMatcher::normalise).toList();
        Map<String, Integer> positions = new LinkedHashMap<>();
        Layout.Mapping mapping = layout.mapping();
        mapping.columns().forEach((field, aliases) -> find(headers, aliases).ifPresent(i -> positions.put(field, i)));
        if (mapping.neighbours() != null) {
            resolveNeighbours(mapping.neighbours(), headers, positions);
        }
        List<String> missing = new ArrayList<>();
        for (String field : layout.requiredFields()) {
            if (!positions.containsKey(field) && !mapping.constants().containsKey(field)) {
                missing.add(field);
            }
        }
        return new LayoutMatch(layout, positions, missing);
    }

    private static void resolveNeighbours(
            Layout.Neighbours neighbours, List<String> headers, Map<String, Integer> positions) {
        for (int n = 1; n <= neighbours.count(); n++) {
            Optional<Integer> code = find(headers, expand(neighbours.code(), n));
            if (code.isEmpty()) {
                continue;
            }
            positions.put("neighbour_" + n, code.get());
            String closeness = "closeness_" + n;
            if (neighbours.closeness().contains(NEXT_COLUMN) && code.get() + 1 < headers.size()) {
                positions.put(closeness, code.get() + 1);
            } else {
                find(headers, expand(neighbours.closeness(), n)).ifPresent(i -> positions.put(closeness, i));
            }
        }
    }

    private static List<String> expand(List<String> patterns, int n) {
        return patterns.stream()
                .map(pattern -> pattern.replace("{n}", Integer.toString(n)))
                .toList();
    }

    private static Optional<Integer> find(List<String> normalisedHeaders, List<String> aliases) {
        for (String alias : aliases) {
            String wanted = normalise(alias);
            for (int i = 0; i < normalisedHeaders.size(); i++) {
                if (normalisedHeaders.get(i).equals(wanted)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public static String normalise(String header) {
        return SPACES.matcher(header.replace("\uFEFF", "").strip())
                .replaceAll(" ")
                .toLowerCase(Locale.ROOT);
    }
}
