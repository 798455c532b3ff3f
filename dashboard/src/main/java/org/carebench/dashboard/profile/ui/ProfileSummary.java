package org.carebench.dashboard.profile.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.profile.Profile;
import org.carebench.dashboard.profile.ProfileCategory;
import org.carebench.dashboard.profile.ProfileDimension;
import org.carebench.dashboard.profile.ProfilePopulation;

/** The sentence that says what a characteristic's bars show, for readers who cannot see them. */
final class ProfileSummary {

    private ProfileSummary() {}

    static String sentence(Profile profile, ProfilePopulation population, ProfileDimension dimension) {
        String what = population.title() + ", " + profile.period() + ", by " + uncapitalised(dimension.title());
        Optional<ProfileCategory> largest = largest(dimension.categories(), true);
        Optional<ProfileCategory> england = largest(dimension.categories(), false);
        String englandPart = england.map(c -> " In England the largest group is " + c.label() + " ("
                        + FigureFormat.number(c.england().value()) + "%).")
                .orElse("");
        if (largest.isEmpty()) {
            return what + ": " + profile.la().name() + " has no published figures." + englandPart;
        }
        ProfileCategory c = largest.get();
        String comparison = c.england() != null && c.england().value() != null
                ? ", against " + FigureFormat.number(c.england().value()) + "% in England"
                : "";
        return what + ": in " + profile.la().name() + " the largest group is " + c.label() + " ("
                + FigureFormat.number(c.la().value()) + "%" + comparison + ")." + englandPart;
    }

    private static Optional<ProfileCategory> largest(List<ProfileCategory> categories, boolean authority) {
        return categories.stream()
                .filter(c -> authority
                        ? c.la() != null && c.la().value() != null
                        : c.england() != null && c.england().value() != null)
                .max(Comparator.comparingDouble(
                        c -> authority ? c.la().value() : c.england().value()));
    }

    /** "Age on 31 March" inside a sentence: only the first letter changes. */
    static String uncapitalised(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
