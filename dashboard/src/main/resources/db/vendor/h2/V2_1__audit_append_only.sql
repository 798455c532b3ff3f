CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW
    CALL 'org.carebench.dashboard.appdata.AppendOnlyTrigger';
