package io.patentdesk.app.prior;

import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.embed.SentenceEmbedder;
import io.patentdesk.models.BundledEmbeddingModel;
import io.patentdesk.models.BundledModelException;

/** Opens the sentence encoder PatentDesk ships (all-MiniLM-L6-v2, quantized) on the engine's execution provider. */
public final class BundledEncoder {
    private BundledEncoder() {
    }

    public static SentenceEmbedder open(EngineOptions options) throws ModelException, BundledModelException {
        BundledEmbeddingModel.Files files = BundledEmbeddingModel.load();
        return SentenceEmbedder.load(files.graph(), files.tokenizerJson(), BundledEmbeddingModel.NAME, options);
    }
}
