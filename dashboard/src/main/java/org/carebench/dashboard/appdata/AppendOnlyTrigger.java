package org.carebench.dashboard.appdata;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses any change to a row once written: H2's form of the trigger that keeps the audit table
 * append-only (PostgreSQL's is in PL/pgSQL). Named in db/vendor/h2's migration.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(
            Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: its rows are never changed or deleted");
    }
}
