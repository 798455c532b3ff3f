package org.carebench.dashboard.pack;

import java.util.List;
import java.util.Map;

/**
 * Questions a corporate parent might ask about each theme, written by the product for the closing
 * slide of a training pack: open questions that send the reader from the figure to the children.
 */
final class CouncillorQuestions {

    private static final Map<String, List<String>> BY_THEME = Map.of(
            "Who becomes looked after and why",
                    List.of(
                            "Why is our rate different from our neighbours', and is the gap growing or closing?",
                            "What help do families get before a child comes into care, and does it work?"),
            "What happens to them: placements and stability",
                    List.of(
                            "How many of our children live far from home, and what stops us placing them closer?",
                            "What do children who have moved placement often tell us about why?"),
            "Outcomes: health",
                    List.of(
                            "Do health assessments lead to help, or only to a completed form?",
                            "How quickly do children in our care get emotional and mental health support?"),
            "Outcomes: education",
                    List.of(
                            "What does the virtual school do for children whose results fall behind?",
                            "How many of our children changed school this year, and why?"),
            "Outcomes: care leavers' work and accommodation",
                    List.of(
                            "What do we, as a council and employer, offer our care leavers in work and training?",
                            "Where do care leavers live when their accommodation is not suitable, and for how long?"),
            "Leaving care: adoption and special guardianship",
                    List.of(
                            "How long do children wait between the decision to adopt and moving in?",
                            "What support do special guardians get after the order is made?"));

    private static final List<String> ANY_THEME = List.of(
            "What would we expect this figure to be, and why?",
            "What do the children and young people themselves say about it?");

    private CouncillorQuestions() {}

    static List<String> about(String theme) {
        return BY_THEME.getOrDefault(theme, ANY_THEME);
    }
}
