package org.carebench.pipeline.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * DfE's validation rules for one collection year, as {@code sql/local/rules/<yyyy_yy>/} holds them:
 * {@code rules.yml} gives each rule's DfE message and the Table.FIELD values it is about, and a file
 * {@code <code>.sql} the statement that checks it. A new year's rules are a new folder, not new code.
 */
record RulePack(String name, int yearEnding, Map<String, Rule> rules) {

    private static final String ROOT = "sql/local/rules/";

    /** One rule; sql is null for the dates and code lists that ssda903.yml checks. */
    record Rule(String code, String message, List<String> fields, List<String> needs, String sql) {

        /** The fields of one table, as a finding about a row of that table names them. */
        String fieldsOf(String table) {
            return String.join(
                    " ",
                    fields.stream()
                            .filter(field -> field.startsWith(table + "."))
                            .map(field -> field.substring(table.length() + 1))
                            .toList());
        }
    }

    /**
     * The pack for a collection year (the year ending 31 March): the newest one not after it, or the
     * oldest held when the extract is older than every pack.
     */
    static RulePack forYear(int yearEnding) {
        List<RulePack> packs = all();
        return packs.stream()
                .filter(pack -> pack.yearEnding() <= yearEnding)
                .max(Comparator.comparingInt(RulePack::yearEnding))
                .orElse(packs.get(0));
    }

    String describe() {
        return "DfE's " + name.replace('_', '-') + " rules";
    }

    Optional<Rule> rule(String code) {
        return Optional.ofNullable(rules.get(code));
    }

    static String prelude() {
        return text(new ClassPathResource(ROOT + "prelude.sql"));
    }

    private static List<RulePack> all() {
        try {
            Resource[] found =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "*/rules.yml");
            List<RulePack> packs = java.util.Arrays.stream(found)
                    .map(RulePack::read)
                    .sorted(Comparator.comparingInt(RulePack::yearEnding))
                    .toList();
            if (packs.isEmpty()) {
                throw new IllegalStateException("no rule pack under " + ROOT);
            }
            return packs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static RulePack read(Resource definition) {
        String folder =
                ROOT + new java.io.File(pathOf(definition)).getParentFile().getName() + "/";
        String name = folder.substring(ROOT.length(), folder.length() - 1);
        Map<String, Object> yaml;
        try (InputStream in = definition.getInputStream()) {
            yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        ((Map<Object, Map<String, Object>>) yaml.get("rules")).forEach((code, body) -> {
            String id = String.valueOf(code);
            if (body.get("message") == null || body.get("fields") == null) {
                throw new IllegalStateException(folder + "rules.yml: rule " + id + " needs a message and fields");
            }
            ClassPathResource sql = new ClassPathResource(folder + id + ".sql");
            rules.put(
                    id,
                    new Rule(
                            id,
                            String.valueOf(body.get("message")),
                            (List<String>) body.get("fields"),
                            (List<String>) body.getOrDefault("needs", List.of()),
                            sql.exists() ? text(sql) : null));
        });
        requireEveryStatementDefined(folder, rules);
        return new RulePack(name, Integer.parseInt(name.substring(0, 4)) + 1, rules);
    }

    /** A statement with no message in rules.yml would never run: that is a broken pack, said so at once. */
    private static void requireEveryStatementDefined(String folder, Map<String, Rule> rules) {
        try {
            for (Resource sql :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "*.sql")) {
                String code = sql.getFilename().substring(0, sql.getFilename().length() - ".sql".length());
                if (!rules.containsKey(code)) {
                    throw new IllegalStateException(folder + sql.getFilename() + ": rule " + code
                            + " has no entry (message and fields) in " + folder + "rules.yml");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pathOf(Resource resource) {
        try {
            return resource.getURL().getPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
