package io.patentdesk.inference.chat;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a model folder's chat template as Hugging Face does: {@code chat_template.jinja} beside the tokenizer, else
 * {@code tokenizer_config.json}'s {@code chat_template} (a string, or a list of named templates of which
 * {@code "default"} is the one), with the special tokens that config names.
 */
public final class ChatTemplateFile {

    /** The special-token variables Hugging Face passes to every template ({@code special_tokens_map}). */
    private static final List<String> SPECIAL_TOKENS = List.of("bos_token", "eos_token", "unk_token", "sep_token",
            "pad_token", "cls_token", "mask_token");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatTemplateFile() {
    }

    /** The folder's chat template; empty when it has none. The exception's message says in one line what is wrong. */
    public static Optional<ChatTemplate> read(Path dir) throws IOException {
        Path configFile = dir.resolve("tokenizer_config.json");
        JsonNode config = null;
        if (Files.isRegularFile(configFile)) {
            try {
                config = JSON.readTree(Files.readString(configFile, StandardCharsets.UTF_8));
            } catch (JacksonException e) {
                throw new IOException("tokenizer_config.json in " + dir + " is not valid JSON: "
                        + e.getOriginalMessage().lines().findFirst().orElse(""), e);
            }
        }
        Path jinja = dir.resolve("chat_template.jinja");
        String source = Files.isRegularFile(jinja) ? Files.readString(jinja, StandardCharsets.UTF_8) : template(config);
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ChatTemplate.of(source, specialTokens(config)));
    }

    private static String template(JsonNode config) {
        JsonNode t = config == null ? null : config.get("chat_template");
        if (t == null) {
            return null;
        }
        if (t.isTextual()) {
            return t.asText();
        }
        if (t.isArray()) { // [{"name": "default", "template": "..."}, {"name": "tool_use", ...}]
            for (JsonNode named : t) {
                if ("default".equals(named.path("name").asText())) {
                    return named.path("template").asText(null);
                }
            }
        }
        return null;
    }

    private static Map<String, Object> specialTokens(JsonNode config) {
        Map<String, Object> tokens = new LinkedHashMap<>();
        if (config == null) {
            return tokens;
        }
        for (String name : SPECIAL_TOKENS) {
            String text = tokenText(config.get(name));
            if (text != null && !text.isEmpty()) {
                tokens.put(name, text);
            }
        }
        JsonNode extra = config.get("additional_special_tokens");
        if (extra != null && extra.isArray()) {
            List<String> texts = new ArrayList<>();
            extra.forEach(n -> {
                String text = tokenText(n);
                if (text != null) {
                    texts.add(text);
                }
            });
            tokens.put("additional_special_tokens", texts);
        }
        return tokens;
    }

    /** A token as a string or as an AddedToken object ({@code {"content": "<s>", ...}}). */
    private static String tokenText(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return n.asText();
        }
        return n.path("content").isTextual() ? n.get("content").asText() : null;
    }
}
