package org.carebench.pipeline.definition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads from a parsed YAML mapping; every error names the file and the key. */
record YamlMap(Path file, String path, Map<String, Object> values) {

    @SuppressWarnings("unchecked")
    static YamlMap of(Path file, Object parsed) {
        if (!(parsed instanceof Map)) {
            throw new DefinitionException(file + ": expected a mapping at the top level");
        }
        return new YamlMap(file, "", (Map<String, Object>) parsed);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String text(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw error(key, "is required");
        }
        return String.valueOf(value).strip();
    }

    String text(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    int integer(String key, int fallback) {
        if (!has(key)) {
            return fallback;
        }
        try {
            return Integer.parseInt(text(key));
        } catch (NumberFormatException e) {
            throw error(key, "must be a whole number");
        }
    }

    /** A scalar or a list of scalars, always as a list. */
    List<String> texts(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> result.add(String.valueOf(item)));
        } else {
            result.add(String.valueOf(value));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    YamlMap map(String key) {
        Object value = values.get(key);
        if (value == null) {
            return new YamlMap(file, qualified(key), Map.of());
        }
        if (!(value instanceof Map)) {
            throw error(key, "must be a mapping");
        }
        return new YamlMap(file, qualified(key), (Map<String, Object>) value);
    }

    List<YamlMap> maps(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw error(key, "must be a list");
        }
        List<YamlMap> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            result.add(YamlMap.of(file, list.get(i)).withPath(qualified(key) + "[" + i + "]"));
        }
        return result;
    }

    /** Every key of this mapping with its value read as a list of texts. */
    Map<String, List<String>> textLists() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        values.keySet().forEach(key -> result.put(key, texts(key)));
        return result;
    }

    /** Every key of this mapping with its value read as one text. */
    Map<String, String> textMap() {
        Map<String, String> result = new LinkedHashMap<>();
        values.keySet().forEach(key -> result.put(key, text(key)));
        return result;
    }

    DefinitionException error(String key, String problem) {
        return new DefinitionException(file + ": key '" + qualified(key) + "' " + problem);
    }

    private YamlMap withPath(String newPath) {
        return new YamlMap(file, newPath, values);
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
