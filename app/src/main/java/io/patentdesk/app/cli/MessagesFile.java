package io.patentdesk.app.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patentdesk.inference.chat.ChatMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code generate --messages FILE}: a JSON array of {@code {"role": ..., "content": ...}} objects, checked. */
final class MessagesFile {

    private MessagesFile() {
    }

    /** Jackson's reason without its pointers into the source ("(start marker at [Source: ...])"). */
    private static String jacksonReason(JacksonException e) {
        String reason = e.getOriginalMessage().lines().findFirst().orElse("");
        int pointer = reason.indexOf(" (start marker");
        return pointer > 0 ? reason.substring(0, pointer) : reason;
    }

    /** The messages; the exception's message says in one line what is wrong with the file. */
    static List<ChatMessage> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(Files.exists(file) ? "The messages file " + file + " is a folder, not a file."
                    : "The messages file " + file + " does not exist.");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new IOException("The messages file " + file + " is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": "
                    + jacksonReason(e) + ".");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException("The messages file " + file + " is not UTF-8 text.");
        }
        String shape = "The messages file " + file + " must hold a JSON array of {\"role\": ..., \"content\": ...} objects";
        if (root == null || !root.isArray()) {
            throw new IOException(shape + ".");
        }
        if (root.isEmpty()) {
            throw new IOException("The messages file " + file + " has no messages.");
        }
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode m = root.get(i);
            if (!m.isObject() || !m.path("role").isTextual() || m.get("role").asText().isBlank()
                    || !m.path("content").isTextual()) {
                throw new IOException(shape + ": message " + (i + 1) + " is " + (m.isObject()
                        ? "missing a \"role\" or \"content\" string." : "not an object."));
            }
            messages.add(new ChatMessage(m.get("role").asText(), m.get("content").asText()));
        }
        return messages;
    }
}
