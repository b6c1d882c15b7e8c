package io.patentdesk.inference.model;

import io.patentdesk.inference.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The graph's input and output names. The standard ones unless {@code genai_config.json} maps them; per-layer names
 * carry a {@code %d} for the layer number. The KV cache is either one key and one value tensor per layer
 * ({@code past_key_values.%d.key} / {@code .value}, [batch, kv_heads, seq, head_size]) or, in onnxruntime-genai's
 * GPT-2-style exports, one combined tensor per layer ({@link #pastCombined} {@code past_%d},
 * [2, batch, kv_heads, seq, head_size]). GroupQueryAttention graphs may take {@code seqlens_k} and
 * {@code total_sequence_length} as inputs of their own.
 */
public record IoNames(String inputIds, String attentionMask, String positionIds, String pastKey, String pastValue,
        String logits, String presentKey, String presentValue, String useCacheBranch, String pastCombined,
        String presentCombined, String seqlensK, String totalSequenceLength) {

    static IoNames standard() {
        return new IoNames("input_ids", "attention_mask", "position_ids", "past_key_values.%d.key",
                "past_key_values.%d.value", "logits", "present.%d.key", "present.%d.value", "use_cache_branch",
                null, null, "seqlens_k", "total_sequence_length");
    }

    /**
     * The names {@code genai_config.json}'s {@code model.decoder.inputs} and {@code .outputs} give, the standard ones
     * for those they leave out; {@code past_names} / {@code present_names} select the combined KV layout.
     */
    static IoNames fromGenai(JsonNode decoder) {
        JsonNode in = decoder.path("inputs");
        JsonNode out = decoder.path("outputs");
        IoNames std = standard();
        String past = Json.textField(in, null, "past_names");
        String present = Json.textField(out, null, "present_names");
        boolean combined = past != null && present != null;
        return new IoNames(
                Json.textField(in, std.inputIds(), "input_ids"),
                Json.textField(in, std.attentionMask(), "attention_mask"),
                Json.textField(in, std.positionIds(), "position_ids"),
                Json.textField(in, std.pastKey(), "past_key_names"),
                Json.textField(in, std.pastValue(), "past_value_names"),
                Json.textField(out, std.logits(), "logits"),
                Json.textField(out, std.presentKey(), "present_key_names"),
                Json.textField(out, std.presentValue(), "present_value_names"),
                std.useCacheBranch(),
                combined ? past : null,
                combined ? present : null,
                Json.textField(in, std.seqlensK(), "seqlens_k"),
                Json.textField(in, std.totalSequenceLength(), "total_sequence_length"));
    }

    /** Whether key and value share one tensor per layer. */
    public boolean combined() {
        return pastCombined != null;
    }

    public String pastKey(int layer) {
        return layer(pastKey, layer);
    }

    public String pastValue(int layer) {
        return layer(pastValue, layer);
    }

    public String presentKey(int layer) {
        return layer(presentKey, layer);
    }

    public String presentValue(int layer) {
        return layer(presentValue, layer);
    }

    /** The past inputs of one layer, in feeding order: key then value, or the one combined tensor. */
    public List<String> pastInputs(int layer) {
        return combined() ? List.of(layer(pastCombined, layer)) : List.of(pastKey(layer), pastValue(layer));
    }

    /** The present outputs of one layer, matching {@link #pastInputs(int)} one to one. */
    public List<String> presentOutputs(int layer) {
        return combined() ? List.of(layer(presentCombined, layer)) : List.of(presentKey(layer), presentValue(layer));
    }

    /** The past inputs of all layers, layer by layer. */
    public List<String> allPastInputs(int layers) {
        List<String> all = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            all.addAll(pastInputs(l));
        }
        return all;
    }

    /** The present outputs of all layers, in the order of {@link #allPastInputs(int)}. */
    public List<String> allPresentOutputs(int layers) {
        List<String> all = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            all.addAll(presentOutputs(l));
        }
        return all;
    }

    private static String layer(String template, int layer) {
        return template.replace("%d", Integer.toString(layer));
    }
}
