package io.patentdesk.inference.model;

/**
 * The graph's input and output names. The standard ones unless {@code genai_config.json} maps them;
 * per-layer names carry a {@code %d} for the layer number.
 */
public record IoNames(String inputIds, String attentionMask, String positionIds, String pastKey, String pastValue,
        String logits, String presentKey, String presentValue, String useCacheBranch) {

    static IoNames standard() {
        return new IoNames("input_ids", "attention_mask", "position_ids", "past_key_values.%d.key",
                "past_key_values.%d.value", "logits", "present.%d.key", "present.%d.value", "use_cache_branch");
    }

    public String pastKey(int layer) {
        return pastKey.replace("%d", Integer.toString(layer));
    }

    public String pastValue(int layer) {
        return pastValue.replace("%d", Integer.toString(layer));
    }

    public String presentKey(int layer) {
        return presentKey.replace("%d", Integer.toString(layer));
    }

    public String presentValue(int layer) {
        return presentValue.replace("%d", Integer.toString(layer));
    }
}
