package org.carebench.pipeline.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SSDA903 tables, their columns, the dates and codes the local indicators rely on, and how DfE's
 * XML return carries them, as {@code jobs/local/ssda903.yml} describes them; {@code ignored} names
 * tables of the specification no figure reads (table name to the column that detects it).
 */
public record ExtractDefinition(Map<String, Table> tables, Xml xml, Map<String, String> ignored) {

    static final String FILE = "local/ssda903.yml";

    /**
     * The codes a field may hold: {@code values}, or from a collection year (ending 31 March) on, the
     * codes {@code from} gives for it, as DfE changes a code list between years.
     */
    public record CodeList(String rule, List<String> values, Map<Integer, List<String>> from) {

        public List<String> values(int yearEnding) {
            return from.entrySet().stream()
                    .filter(change -> change.getKey() <= yearEnding)
                    .max(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue)
                    .orElse(values);
        }
    }

    /** One table; detect is the column that tells this table's CSV from the others. */
    public record Table(
            String name,
            boolean required,
            String detect,
            List<String> columns,
            Map<String, String> dateRules,
            Map<String, CodeList> codes) {

        public String stagingTable() {
            return "stg_" + name.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The XML return's element names: a {@code child} element holds a {@code header} (the items of
     * {@code headerTable}, and of the {@code inline} tables, whose rows exist when their detect item
     * has a value), then repeating {@code groups}, each one row of a table that repeats the header's
     * {@code carried} items. {@code renamed} maps XML item names to the CSV tables' column names.
     */
    public record Xml(
            String root,
            String child,
            String header,
            String headerTable,
            List<String> inline,
            Map<String, String> groups,
            List<String> carried,
            Map<String, String> renamed) {}

    public Table table(String name) {
        return tables.get(name);
    }

    static ExtractDefinition read(YamlMap yaml) {
        Map<String, Table> tables = new LinkedHashMap<>();
        YamlMap section = yaml.map("tables");
        for (String name : section.values().keySet()) {
            tables.put(name, table(name, section.map(name)));
        }
        return new ExtractDefinition(
                tables, xml(yaml.map("xml"), tables), yaml.map("ignored").textMap());
    }

    private static Table table(String name, YamlMap body) {
        Map<String, CodeList> codes = new LinkedHashMap<>();
        YamlMap section = body.map("codes");
        for (String field : section.values().keySet()) {
            YamlMap code = section.map(field);
            Map<Integer, List<String>> from = new java.util.TreeMap<>();
            YamlMap changes = code.map("from");
            for (String year : changes.values().keySet()) {
                from.put(Integer.parseInt(year), changes.texts(year));
            }
            codes.put(field, new CodeList(code.text("rule"), code.texts("values"), from));
        }
        return new Table(
                name,
                Boolean.parseBoolean(body.text("required", "false")),
                body.text("detect"),
                body.texts("columns"),
                body.map("dates").textMap(),
                codes);
    }

    private static Xml xml(YamlMap yaml, Map<String, Table> tables) {
        Xml xml = new Xml(
                yaml.text("root"),
                yaml.text("child"),
                yaml.text("header"),
                yaml.text("header_table"),
                yaml.texts("inline"),
                yaml.map("groups").textMap(),
                yaml.texts("carried"),
                yaml.map("renamed").textMap());
        requireTable(yaml, "header_table", xml.headerTable(), tables);
        xml.inline().forEach(table -> requireTable(yaml, "inline", table, tables));
        YamlMap groups = yaml.map("groups");
        xml.groups().forEach((element, table) -> requireTable(groups, element, table, tables));
        return xml;
    }

    private static void requireTable(YamlMap yaml, String key, String table, Map<String, Table> tables) {
        if (!tables.containsKey(table)) {
            throw yaml.error(key, "names table '" + table + "', which 'tables' does not define");
        }
    }
}
