package org.carebench.pipeline.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads a code list into {@code area}, keyed by the stable code (3-digit for LAs). Where a code
 * has several rows (an LA given a new ONS code), the newest row names it; every ONS code is kept.
 */
final class AreaLoader {

    /** 3-digit DfE LA codes and 9-character ONS codes; placeholders such as 'x' are skipped. */
    private static final String VALID_CODE = "regexp_full_match(code, '[0-9]{3}|E[0-9]{8}')";

    private AreaLoader() {}

    static long load(Connection connection, StagedFile file) throws SQLException {
        String rows = "SELECT " + file.text("code") + " AS code, " + file.text("level") + " AS level, "
                + file.text("name") + " AS name, " + file.text("region_code") + " AS region_code, "
                + file.text("ons_code") + " AS ons_code, " + date(file, "operational_from") + " AS operational_from, "
                + date(file, "terminated_on") + " AS terminated_on FROM " + file.table();
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE OR REPLACE TEMP TABLE area_rows AS SELECT * FROM (" + rows + ") WHERE " + VALID_CODE);
            int loaded = statement.executeUpdate("""
                    INSERT INTO area (code, level, name, region_code, ons_code, operational_from, terminated_on)
                    SELECT code, level, name, region_code, ons_code, operational_from, terminated_on FROM area_rows
                    QUALIFY row_number() OVER (PARTITION BY code ORDER BY operational_from DESC NULLS LAST) = 1
                    ON CONFLICT (code) DO UPDATE SET
                        name = excluded.name,
                        region_code = coalesce(excluded.region_code, area.region_code),
                        ons_code = coalesce(excluded.ons_code, area.ons_code),
                        operational_from = coalesce(excluded.operational_from, area.operational_from),
                        terminated_on = coalesce(excluded.terminated_on, area.terminated_on)
                    """);
            statement.execute("""
                    INSERT INTO area_ons_code (ons_code, area_code, operational_from, terminated_on)
                    SELECT DISTINCT ons_code, code, operational_from, terminated_on FROM area_rows
                    WHERE regexp_full_match(ons_code, 'E[0-9]{8}')
                      AND (ons_code, code) NOT IN (SELECT (ons_code, area_code) FROM area_ons_code)
                    """);
            return loaded;
        }
    }

    private static String date(StagedFile file, String field) {
        return "try_strptime(" + file.text(field) + ", '%d/%m/%Y')::DATE";
    }
}
