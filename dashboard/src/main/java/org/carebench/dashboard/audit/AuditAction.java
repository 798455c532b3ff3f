package org.carebench.dashboard.audit;

/** What the audit log records; the id is what the table and its CSV hold. */
public enum AuditAction {
    SIGN_IN("sign-in"),
    SIGN_IN_FAILED("sign-in-failed"),
    SIGN_IN_REFUSED("sign-in-refused"),
    USER_ADDED("user-added"),
    USER_DISABLED("user-disabled"),
    USER_ENABLED("user-enabled"),
    ROLE_CHANGED("role-changed"),
    COMMENT_WRITTEN("comment-written"),
    COMMENT_CHANGED("comment-changed"),
    UPLOAD("upload"),
    IMPORT("import"),
    ROLLBACK("rollback"),
    TRAINING_MEMBERS_SAVED("training-members-saved"),
    TRAINING_SESSION_RECORDED("training-session-recorded"),
    POLICY_VERSION_ADDED("policy-version-added"),
    POLICY_ACCEPTED("policy-accepted");

    private final String id;

    AuditAction(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
