package org.carebench.dashboard.audit;

import java.time.Instant;

/** One line of the audit log: who did what, when. */
public record AuditEntry(long id, Instant at, String username, String action, String detail) {}
