package org.carebench.dashboard.training;

import java.time.LocalDate;
import java.util.List;

/** A session as it is recorded: the attendees by name or by member id, as the caller knows them. */
public record SessionDraft(
        String title,
        LocalDate date,
        SessionType type,
        String trainer,
        String audience,
        String packLink,
        String packRelease,
        List<String> attendees) {}
