package org.carebench.dashboard.training;

import java.time.LocalDate;

/** One version of a policy members must read and accept; each version is accepted afresh. */
public record PolicyVersion(
        long id, long policyId, String policy, String label, LocalDate effectiveFrom, String documentLink) {

    /** How the version is named to people: "Corporate parenting policy, version 2 (from 1 June 2025)". */
    public String describe() {
        return policy + ", version " + label + " (from " + TrainingDates.day(effectiveFrom) + ")";
    }
}
