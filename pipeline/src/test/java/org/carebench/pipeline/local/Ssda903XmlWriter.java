package org.carebench.pipeline.local;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the CSV tables of the synthetic extract as DfE's XML return (CLA.xsd's element order), so
 * that both forms of one extract can be imported and compared. Kept apart from the product's reader.
 */
final class Ssda903XmlWriter {

    private static final List<String> HEADER = List.of("UPN", "SEX", "DOB", "ETHNIC");
    private static final List<String> AD1 =
            List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");
    private static final List<String> OC3 = List.of("IN_TOUCH", "ACTIV", "ACCOM");
    private static final List<String> OC2 = List.of(
            "SDQ_SCORE",
            "SDQ_REASON",
            "CONVICTED",
            "HEALTH_CHECK",
            "IMMUNISATIONS",
            "TEETH_CHECK",
            "HEALTH_ASSESSMENT",
            "SUBSTANCE_MISUSE",
            "INTERVENTION_RECEIVED",
            "INTERVENTION_OFFERED");
    private static final List<String> EPISODE = List.of(
            "DECOM",
            "RNE",
            "LS",
            "CIN",
            "PLACE",
            "PL_POST",
            "HOME_POST",
            "URN",
            "PLACE_PROVIDER",
            "DEC",
            "REC",
            "REASON_PLACE_CHANGE");

    private Ssda903XmlWriter() {}

    static Path write(Path target) throws IOException {
        Map<String, Map<String, String>> uasc = byChild("uasc.csv");
        Map<String, Map<String, String>> ad1 = byChild("ad1.csv");
        Map<String, Map<String, String>> oc3 = byChild("oc3.csv");
        Map<String, Map<String, String>> oc2 = byChild("oc2.csv");
        Map<String, Map<String, String>> permanence = byChild("previous_permanence.csv");
        Map<String, List<Map<String, String>>> missing = allByChild("missing.csv");
        Map<String, List<Map<String, String>>> reviews = allByChild("reviews.csv");
        Map<String, List<Map<String, String>>> placed = allByChild("placed_for_adoption.csv");
        Map<String, List<Map<String, String>>> episodes = allByChild("episodes.csv");
        Files.createDirectories(target.getParent());
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write("<?xml version='1.0' encoding='utf-8'?>\n<EXPSSDA903>");
            for (Map<String, String> child : ExtractTables.rows("header.csv")) {
                String id = child.get("CHILD");
                out.write("<CHILD><HEADER>" + element("CHILDID", id));
                write(out, child, HEADER);
                out.write("<UASC />"
                        + element("DUC", uasc.getOrDefault(id, Map.of()).get("DUC")));
                write(out, ad1.getOrDefault(id, Map.of()), AD1);
                write(out, oc3.getOrDefault(id, Map.of()), OC3);
                group(out, "AMISSING", missing.get(id), List.of("MISSING", "MIS_START", "MIS_END"));
                group(out, "AREVIEW", reviews.get(id), List.of("REVIEW", "REVIEW_CODE"));
                out.write(element("MOTHER", child.get("MOTHER")) + element("MC_DOB", child.get("MC_DOB")));
                group(
                        out,
                        "PERMANENCE",
                        permanence.containsKey(id) ? List.of(permanence.get(id)) : null,
                        List.of("PREV_PERM", "LA_PERM", "DATE_PERM"));
                group(out, "OC2", oc2.containsKey(id) ? List.of(oc2.get(id)) : null, OC2);
                group(
                        out,
                        "AD_PLACED",
                        placed.get(id),
                        List.of("DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"));
                out.write("</HEADER>");
                group(out, "EPISODE", episodes.get(id), EPISODE);
                out.write("</CHILD>\n");
            }
            out.write("</EXPSSDA903>\n");
        }
        return target;
    }

    private static void group(Writer out, String name, List<Map<String, String>> rows, List<String> fields)
            throws IOException {
        if (rows != null) {
            for (Map<String, String> row : rows) {
                out.write("<" + name + ">");
                write(out, row, fields);
                out.write("</" + name + ">");
            }
        }
    }

    private static void write(Writer out, Map<String, String> row, List<String> fields) throws IOException {
        for (String field : fields) {
            String value = row.get(field);
            out.write(element(field.equals("PLACE") ? "PL" : field, value));
        }
    }

    private static String element(String name, String value) {
        return value == null
                ? ""
                : "<" + name + ">" + value.replace("&", "&amp;").replace("<", "&lt;") + "</" + name + ">";
    }

    private static Map<String, Map<String, String>> byChild(String file) throws IOException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        ExtractTables.rows(file).forEach(row -> rows.put(row.get("CHILD"), row));
        return rows;
    }

    private static Map<String, List<Map<String, String>>> allByChild(String file) throws IOException {
        Map<String, List<Map<String, String>>> rows = new HashMap<>();
        ExtractTables.rows(file)
                .forEach(row -> rows.computeIfAbsent(row.get("CHILD"), child -> new java.util.ArrayList<>())
                        .add(row));
        return rows;
    }
}
