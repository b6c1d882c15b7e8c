package io.patentdesk.inference.model;

import io.patentdesk.inference.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The generation settings an export ships with: {@code genai_config.json}'s {@code search} section, completed by
 * {@code generation_config.json} (the Hugging Face file the model builder copies beside it) for the keys the search
 * section leaves out - {@code do_sample}, {@code temperature}, {@code top_k}, {@code top_p},
 * {@code repetition_penalty}, {@code eos_token_id}.
 */
final class SearchDefaults {

    private SearchDefaults() {
    }

    /** {@code primary}'s fields, then {@code fallback}'s for names {@code primary} lacks; either may be missing. */
    static JsonNode merge(JsonNode primary, JsonNode fallback) {
        ObjectNode merged = Json.MAPPER.createObjectNode();
        for (JsonNode node : new JsonNode[] {primary, fallback}) {
            if (node == null || !node.isObject()) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!merged.has(e.getKey()) && !e.getValue().isNull()) {
                    merged.set(e.getKey(), e.getValue());
                }
            }
        }
        return merged;
    }

    /**
     * The most tokens the model reads at once: {@code model.context_length}, capped by {@code search.max_length},
     * which onnxruntime-genai applies to prompt and answer together; 0 when neither says.
     */
    static int contextLength(JsonNode model, JsonNode search) {
        int context = Json.intField(model, 0, "context_length");
        int maxLength = Json.intField(search, 0, "max_length");
        return context > 0 && maxLength > 0 ? Math.min(context, maxLength) : Math.max(context, maxLength);
    }
}
