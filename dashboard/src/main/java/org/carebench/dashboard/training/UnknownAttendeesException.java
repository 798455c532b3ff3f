package org.carebench.dashboard.training;

import java.util.List;

/** A session named attendees who are not members: nothing was saved. */
public class UnknownAttendeesException extends IllegalArgumentException {

    private final List<String> unknown;

    UnknownAttendeesException(List<String> unknown) {
        super("Not members, so nothing was saved (add them as members first): " + String.join(", ", unknown));
        this.unknown = List.copyOf(unknown);
    }

    public List<String> unknown() {
        return unknown;
    }
}
