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

    /**
     * Why no layout fits. A definition is named only when it explains most of the file's columns; then
     * the rule that refused the file: its file name, its sheet, a detecting column it lacks, columns a
     * closed definition does not take, or the required columns missing.
     */
    public String explainNoMatch(List<String> headers, String fileName, String sheet) {
        LayoutMatch closest = null;
        for (Layout layout : layouts) {
            LayoutMatch candidate = resolve(layout, headers);
            if (closest == null
                    || candidate.fieldColumns().size() > closest.fieldColumns().size()) {
                closest = candidate;
            }
        }
        List<String> named = headers.stream()
                .filter(header -> !header.isBlank())
                .map(String::strip)
                .toList();
        if (closest == null || closest.fieldColumns().size() * 2 <= named.size()) {
            if (named.stream().anyMatch(LayoutMatcher::looksLikeData)) {
                return "its first row holds figures or codes (" + String.join(", ", named)
                        + "), not column names: the header row is missing";
            }
            return "no definition shares most of its columns; its headers: " + String.join(", ", named);
        }
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!closest.fieldColumns().containsValue(i) && !headers.get(i).isBlank()) {
                unmatched.add(headers.get(i).strip());
            }
        }
        Layout layout = closest.layout();
        return "its columns are closest to definition '" + layout.name() + "' (jobs/layouts/" + layout.name()
                + ".yml), which " + refusal(closest, fileName, sheet, unmatched)
                + (unmatched.isEmpty() ? "" : "; headers that did not match: " + String.join(", ", unmatched));
    }

    /** A number or an area code (3-digit DfE, 9-character ONS) is never a column name DfE uses. */
    private static boolean looksLikeData(String header) {
        return DATA.matcher(header).matches();
    }

    private static final java.util.regex.Pattern DATA =
            java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?|[ENSW]\\d{8}");

    private static String refusal(LayoutMatch closest, String fileName, String sheet, List<String> unmatched) {
        Layout.Recognition recognition = closest.layout().recognition();
        if (recognition.fileName() != null && !globMatches(recognition.fileName(), fileName)) {
            return "takes only files named '" + recognition.fileName() + "', and this one is '" + fileName + "'";
        }
        if (recognition.sheet() != null && sheet != null && !recognition.sheet().equalsIgnoreCase(sheet.strip())) {
            return "takes only the sheet '" + recognition.sheet() + "', and this is '" + sheet.strip() + "'";
        }
        List<String> undetected = recognition.detect().stream()
                .filter(field -> !closest.fieldColumns().containsKey(field))
                .toList();
        if (!undetected.isEmpty()) {
            return "recognises its files by the column " + closest.describe(undetected) + ", which this file lacks";
        }
        if (closest.isComplete()) {
            return "takes only files with exactly its columns";
        }
        return "lacks the required column " + closest.describeMissing();
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
