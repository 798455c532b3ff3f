package org.carebench.pipeline.definition;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Why no layout fits a header row, in words a data team can act on. A definition is named only when
 * it explains most of the file's columns, then with the rule that refused the file. EES files share
 * most of their columns, so definitions that explain as many are told apart by their detecting
 * columns, and any still level are all named.
 */
final class NoMatchExplanation {

    /** A number or an area code (3-digit DfE, 9-character ONS) is never a column name DfE uses. */
    private static final Pattern DATA = Pattern.compile("-?\\d+(\\.\\d+)?|[ENSW]\\d{8}");

    /** Level definitions beyond these are named without their reasons, which repeat. */
    private static final int MOST_EXPLAINED = 2;

    private final List<Layout> layouts;

    NoMatchExplanation(List<Layout> layouts) {
        this.layouts = layouts;
    }

    /** How many of the headers the closest definition explains: which of a sheet's first rows is its header. */
    int fit(List<String> headers, String fileName) {
        return closest(headers, fileName).stream()
                .mapToInt(NoMatchExplanation::explained)
                .findFirst()
                .orElse(0);
    }

    String explain(List<String> headers, String fileName, String sheet) {
        List<LayoutMatch> closest = closest(headers, fileName);
        List<String> named = headers.stream()
                .filter(header -> !header.isBlank())
                .map(String::strip)
                .toList();
        if (closest.isEmpty() || explained(closest.get(0)) * 2 <= named.size()) {
            if (named.stream().anyMatch(header -> DATA.matcher(header).matches())) {
                return "its first row holds figures or codes (" + String.join(", ", named)
                        + "), not column names: the header row is missing";
            }
            return "no definition shares most of its columns; its headers: " + String.join(", ", named);
        }
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!closest.get(0).fieldColumns().containsValue(i)
                    && !headers.get(i).isBlank()) {
                unmatched.add(headers.get(i).strip());
            }
        }
        List<String> reasons = new ArrayList<>();
        for (LayoutMatch match : closest.subList(0, Math.min(MOST_EXPLAINED, closest.size()))) {
            String name = match.layout().name();
            reasons.add("'" + name + "' (jobs/layouts/" + name + ".yml), which " + refusal(match, fileName, sheet));
        }
        List<String> asClose = closest.stream()
                .skip(MOST_EXPLAINED)
                .map(match -> "'" + match.layout().name() + "'")
                .toList();
        return "its columns are closest to definition" + (reasons.size() > 1 ? "s " : " ")
                + String.join("; and ", reasons)
                + (asClose.isEmpty() ? "" : "; as close: " + String.join(", ", asClose))
                + (unmatched.isEmpty() ? "" : "; headers that did not match: " + String.join(", ", unmatched));
    }

    /**
     * The definitions level at the top: most of the file's columns explained, then fewest of their
     * detecting columns missing, then those whose file-name rule (if any) takes this file, then fewest
     * of their own columns missing.
     */
    private List<LayoutMatch> closest(List<String> headers, String fileName) {
        Comparator<LayoutMatch> order = Comparator.comparingInt(NoMatchExplanation::explained)
                .thenComparingInt(match -> -undetected(match))
                .thenComparing(match -> takesFileName(match, fileName))
                .thenComparingInt(match -> -unfound(match))
                .reversed();
        List<LayoutMatch> ranked = layouts.stream()
                .map(layout -> LayoutMatcher.resolve(layout, headers, fileName))
                .sorted(order)
                .toList();
        return ranked.stream()
                .filter(match -> ranked.isEmpty() || order.compare(match, ranked.get(0)) == 0)
                .toList();
    }

    private static boolean takesFileName(LayoutMatch match, String fileName) {
        String glob = match.layout().recognition().fileName();
        return glob == null || globMatches(glob, fileName);
    }

    /** The file's columns a definition explains (two of its fields may read one column). */
    private static int explained(LayoutMatch match) {
        return new java.util.HashSet<>(match.fieldColumns().values()).size();
    }

    /** The definition's columns this file does not have: a definition written for wider files fits worse. */
    private static int unfound(LayoutMatch match) {
        return match.layout().mapping().columns().size() - match.fieldColumns().size();
    }

    private static int undetected(LayoutMatch match) {
        return (int) match.layout().recognition().detect().stream()
                .filter(field -> !match.fieldColumns().containsKey(field))
                .count();
    }

    private static String refusal(LayoutMatch closest, String fileName, String sheet) {
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

    static boolean globMatches(String glob, String fileName) {
        return fileName != null
                && FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(fileName));
    }
}
