package io.patentdesk.inference.model;

import io.patentdesk.inference.Sampling;
import java.util.Set;

/**
 * What the folder's JSON files say about the model. Sizes are 0 when the files do not say; the engine then reads them
 * from the ONNX graph, and checks them against it when both are known.
 *
 * @param vocabSize        entries in the logits
 * @param layers           decoder layers
 * @param kvHeads          key/value heads (grouped-query attention)
 * @param headSize         size of one attention head
 * @param contextLength    most tokens the model reads at once (prompt and answer together); 0 when unknown
 * @param bosTokenId       beginning-of-sequence token, or -1
 * @param eosTokenIds      end-of-sequence tokens
 * @param suggested        sampling the model's authors suggest (greedy when they suggest none)
 */
public record ModelConfig(int vocabSize, int layers, int kvHeads, int headSize, int contextLength, int bosTokenId,
        Set<Integer> eosTokenIds, Sampling suggested) {

    public ModelConfig {
        eosTokenIds = Set.copyOf(eosTokenIds);
    }
}
