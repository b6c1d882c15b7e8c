package io.patentdesk.inference.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patentdesk.inference.ModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** Small helpers for reading a model folder's JSON files with one-line errors. */
public final class Json {
    /** Shared by the engine's packages: reading and building config JSON. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The file's tree, or a {@link ModelException} naming the file and what is wrong with it. */
    public static JsonNode read(Path file) throws ModelException {
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new ModelException(file.getFileName() + " in " + file.getParent() + " is not a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ModelException(file.getFileName() + " in " + file.getParent() + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage().lines().findFirst().orElse("") + ").", e);
        } catch (IOException e) {
            throw new ModelException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static JsonNode readIfPresent(Path file) throws ModelException {
        return Files.isRegularFile(file) ? read(file) : null;
    }

    /** The first of the given fields that is an integer, or the fallback. */
    public static int intField(JsonNode node, int fallback, String... names) {
        if (node == null) {
            return fallback;
        }
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && v.canConvertToInt()) {
                return v.asInt();
            }
        }
        return fallback;
    }

    public static double doubleField(JsonNode node, double fallback, String name) {
        JsonNode v = node == null ? null : node.get(name);
        return v != null && v.isNumber() ? v.asDouble() : fallback;
    }

    public static String textField(JsonNode node, String fallback, String name) {
        JsonNode v = node == null ? null : node.get(name);
        return v != null && v.isTextual() ? v.asText() : fallback;
    }

    /** Token ids given as one integer or a list of integers. */
    public static Set<Integer> ids(JsonNode v) {
        Set<Integer> out = new LinkedHashSet<>();
        if (v == null) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(e -> {
                if (e.canConvertToInt()) {
                    out.add(e.asInt());
                }
            });
        } else if (v.canConvertToInt()) {
            out.add(v.asInt());
        }
        return out;
    }
}
