package org.carebench.pipeline.definition;

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
        List<String> normalised = normalise(headers);
        for (Layout layout : layouts) {
            Layout.Recognition recognition = layout.recognition();
            if (recognition.sheet() != null
                            && sheet != null
                            && !recognition.sheet().equalsIgnoreCase(sheet.strip())
                    || recognition.fileName() != null && !globMatches(recognition.fileName(), fileName)) {
                continue;
            }
            LayoutMatch candidate = resolveNormalised(layout, normalised, fileName);
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
        return new NoMatchExplanation(layouts).explain(headers, fileName, sheet);
    }

    /** How many of the headers the closest definition explains, to pick a sheet's likeliest header row. */
    public int fit(List<String> headers, String fileName) {
        return new NoMatchExplanation(layouts).fit(headers, fileName);
    }

    /**
     * A complete match beats an incomplete one; then the match that explains more columns; then one
     * whose file-name rule picked the file out, as it was written for files of that name.
     */
    private static boolean isBetter(LayoutMatch candidate, LayoutMatch best) {
        if (candidate.isComplete() != best.isComplete()) {
            return candidate.isComplete();
        }
        if (candidate.fieldColumns().size() != best.fieldColumns().size()) {
            return candidate.fieldColumns().size() > best.fieldColumns().size();
        }
        return candidate.layout().recognition().fileName() != null
                && best.layout().recognition().fileName() == null;
    }

    private static boolean globMatches(String glob, String fileName) {
        return NoMatchExplanation.globMatches(glob, fileName);
    }

    private static long nonBlank(List<String> headers) {
        return headers.stream().filter(header -> !header.isBlank()).count();
    }

    public static LayoutMatch resolve(Layout layout, List<String> rawHeaders) {
        return resolve(layout, rawHeaders, null);
    }

    /** The layout's fields found in the headers; the period, if no column holds it, from a header or the file name. */
    public static LayoutMatch resolve(Layout layout, List<String> rawHeaders, String fileName) {
        return resolveNormalised(layout, normalise(rawHeaders), fileName);
    }

    private static List<String> normalise(List<String> rawHeaders) {
        return rawHeaders.stream().map(LayoutMatcher::normalise).toList();
    }

    // normalised once by the caller: a workbook's first rows are tried against every layout
    private static LayoutMatch resolveNormalised(Layout layout, List<String> headers, String fileName) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        Layout.Mapping mapping = layout.mapping();
        mapping.columns()
                .forEach((field, aliases) -> HeaderAlias.find(headers, aliases).ifPresent(found -> {
                    positions.put(field, found.index());
                    if (found.year() != null) {
                        values.putIfAbsent("period", found.year());
                    }
                }));
        String yearInName = HeaderAlias.yearInFileName(mapping.periodFromFileName(), fileName);
        if (yearInName != null && !positions.containsKey("period")) {
            values.putIfAbsent("period", yearInName);
        }
        if (mapping.neighbours() != null) {
            resolveNeighbours(mapping.neighbours(), headers, positions);
        }
        List<String> missing = new ArrayList<>();
        for (String field : layout.requiredFields()) {
            if (!positions.containsKey(field)
                    && !values.containsKey(field)
                    && !mapping.constants().containsKey(field)) {
                missing.add(field);
            }
        }
        return new LayoutMatch(layout, positions, missing, values);
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
        return HeaderAlias.find(normalisedHeaders, aliases).map(HeaderAlias.Found::index);
    }

    /**
     * Lower case, without a byte-order mark, outer whitespace stripped and inner runs of whitespace as
     * one space. A plain loop rather than a regular expression: every header of every sheet's first
     * rows is normalised once per layout tried, which made this the hottest code of an import.
     */
    public static String normalise(String header) {
        String text = header.indexOf('\uFEFF') < 0
                ? header.strip()
                : header.replace("\uFEFF", "").strip();
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                inSpace = true;
                continue;
            }
            if (inSpace) {
                out.append(' ');
                inSpace = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
