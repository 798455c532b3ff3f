package org.carebench.dashboard.training;

import java.time.LocalDate;

/** A councillor or officer who takes part in training, with the term of office they serve (open-ended when {@code to} is null). */
public record Member(long id, String name, MemberKind kind, LocalDate from, LocalDate to) {

    /** Whether the member is in office on {@code day}. */
    public boolean servesOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
