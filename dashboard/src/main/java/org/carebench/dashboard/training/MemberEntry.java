package org.carebench.dashboard.training;

import java.time.LocalDate;

/** A member as a list or spreadsheet gives it, checked: added, or updated when the name is known. */
public record MemberEntry(String name, MemberKind kind, LocalDate from, LocalDate to) {

    static final int NAME_LENGTH = 200;

    /** Checks one entry's fields; {@code where} says where it came from in any error ("row 4 of ..."). */
    public static MemberEntry parse(String name, String kind, String from, String to, String where) {
        try {
            String cleaned = name == null ? "" : name.strip().replaceAll("\\s+", " ");
            if (cleaned.isEmpty() || cleaned.length() > NAME_LENGTH) {
                throw new IllegalArgumentException("name is required, at most " + NAME_LENGTH + " characters");
            }
            LocalDate start = TrainingDates.parse(from, "from");
            LocalDate end = TrainingDates.parseOptional(to, "to");
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("to (" + end + ") is before from (" + start + ")");
            }
            return new MemberEntry(cleaned, MemberKind.parse(kind), start, end);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
