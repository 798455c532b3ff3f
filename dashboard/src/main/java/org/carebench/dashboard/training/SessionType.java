package org.carebench.dashboard.training;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of session a council runs; corporate-parenting sessions are the ones coverage counts. */
public enum SessionType {
    INDUCTION("induction", "Induction"),
    CORPORATE_PARENTING("corporate-parenting", "Corporate parenting"),
    SAFEGUARDING("safeguarding", "Safeguarding"),
    CHILD_EXPLOITATION("child-exploitation", "Child exploitation"),
    BOARD_BRIEFING("board-briefing", "Board briefing"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    SessionType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public static SessionType parse(String text) {
        return Arrays.stream(values())
                .filter(type -> type.id.equals(text == null ? null : text.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("type must be one of "
                        + Arrays.stream(values()).map(SessionType::id).collect(Collectors.joining(", "))
                        + ", not '" + text + "'"));
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
