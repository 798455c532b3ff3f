package org.carebench.pipeline.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The SSDA903 tables, their columns, and the dates and codes the local indicators rely on, as
 * {@code jobs/local/ssda903.yml} describes them.
 */
record ExtractSpec(Map<String, Table> tables) {

    static final String FILE = "local/ssda903.yml";

    record CodeList(String rule, List<String> values) {
    }

    /** One table; detect is the column that tells this table's CSV from the others. */
    record Table(String name, boolean required, String detect, List<String> columns, Map<String, String> dateRules,
                 Map<String, CodeList> codes) {

        String stagingTable() {
            return "stg_" + name.toLowerCase();
        }
    }

    static ExtractSpec load(Path jobs) {
        Path file = jobs.resolve(FILE);
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml().load(reader);
            Map<String, Table> tables = new LinkedHashMap<>();
            map(root.get("tables"), file + ": tables").forEach((name, body) -> tables.put(name, table(file, name, map(body, file + ": " + name))));
            return new ExtractSpec(tables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Table table(String name) {
        return tables.get(name);
    }

    private static Table table(Path file, String name, Map<String, Object> body) {
        Map<String, String> dates = new LinkedHashMap<>();
        map(body.getOrDefault("dates", Map.of()), file + ": " + name + ".dates").forEach((field, rule) -> dates.put(field, String.valueOf(rule)));
        Map<String, CodeList> codes = new LinkedHashMap<>();
        map(body.getOrDefault("codes", Map.of()), file + ": " + name + ".codes").forEach((field, list) -> {
            Map<String, Object> code = map(list, file + ": " + name + ".codes." + field);
            codes.put(field, new CodeList(String.valueOf(code.get("rule")), strings(code.get("values"))));
        });
        Object detect = body.get("detect");
        if (detect == null) {
            throw new IllegalStateException(file + ": " + name + ".detect is required");
        }
        return new Table(name, Boolean.TRUE.equals(body.get("required")), String.valueOf(detect), strings(body.get("columns")),
                dates, codes);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new IllegalStateException(where + " must be a mapping");
        }
        return (Map<String, Object>) value;
    }

    static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
