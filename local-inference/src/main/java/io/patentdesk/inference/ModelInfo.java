package io.patentdesk.inference;

/**
 * What the engine learned about a loaded model from its graph.
 *
 * @param displayName    name to show
 * @param layers         decoder layers (past inputs); 0 for a graph without a KV cache
 * @param kvHeads        key/value heads
 * @param headSize       size of one head
 * @param cacheType      element type of the KV cache: "float32", "float16" or "bfloat16"
 * @param vocabSize      entries in the logits
 * @param contextLength  most tokens read at once
 * @param mergedDecoder  whether the graph switches branches on {@code use_cache_branch} (Optimum merged decoder)
 */
public record ModelInfo(String displayName, int layers, int kvHeads, int headSize, String cacheType, int vocabSize,
        int contextLength, boolean mergedDecoder) {

    public boolean hasKvCache() {
        return layers > 0;
    }
}
