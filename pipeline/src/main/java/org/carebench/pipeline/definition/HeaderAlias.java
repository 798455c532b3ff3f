package org.carebench.pipeline.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header text a field may appear under. {@code {year}} in an alias stands for the year the file is
 * for (DfE's old wide files name a column {@code CLA_Mar2013}), so one alias serves every year's
 * release and the year found becomes the file's period.
 */
final class HeaderAlias {

    static final String YEAR = "{year}";

    /** Where a field's header is, and the year its name carried, if the alias had one. */
    record Found(int index, String year) {}

    private HeaderAlias() {}

    /** The first alias, in the definition's order, that one of the (normalised) headers matches. */
    static Optional<Found> find(List<String> normalisedHeaders, List<String> aliases) {
        for (String alias : aliases) {
            Wanted parsed = WANTED.computeIfAbsent(alias, Wanted::of);
            String wanted = parsed.text();
            Pattern pattern = parsed.pattern();
            for (int i = 0; i < normalisedHeaders.size(); i++) {
                String header = normalisedHeaders.get(i);
                if (pattern == null && header.equals(wanted)) {
                    return Optional.of(new Found(i, null));
                }
                Matcher matcher = pattern == null ? null : pattern.matcher(header);
                if (matcher != null && matcher.matches()) {
                    return Optional.of(new Found(i, matcher.group(1)));
                }
            }
        }
        return Optional.empty();
    }

    /** The year in a file's name, by the layout's pattern (its first group); null when it does not match. */
    static String yearInFileName(String pattern, String fileName) {
        if (pattern == null || fileName == null) {
            return null;
        }
        Matcher matcher = Pattern.compile(pattern).matcher(fileName);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** An alias normalised, and its pattern when it holds a year: worked out once, not per header row tried. */
    private record Wanted(String text, Pattern pattern) {
        static Wanted of(String alias) {
            String text = LayoutMatcher.normalise(alias);
            return new Wanted(text, text.contains(YEAR) ? HeaderAlias.pattern(text) : null);
        }
    }

    private static final Map<String, Wanted> WANTED = new ConcurrentHashMap<>();

    private static Pattern pattern(String alias) {
        int at = alias.indexOf(YEAR);
        return Pattern.compile(Pattern.quote(alias.substring(0, at)) + "((?:19|20)\\d{2})"
                + Pattern.quote(alias.substring(at + YEAR.length())));
    }
}
