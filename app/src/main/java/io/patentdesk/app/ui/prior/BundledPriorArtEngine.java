package io.patentdesk.app.ui.prior;

import io.patentdesk.app.prior.BundledEncoder;
import io.patentdesk.app.prior.PassageCache;
import io.patentdesk.app.prior.TextEmbedder;
import io.patentdesk.app.store.DataDirectory;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.embed.SentenceEmbedder;
import io.patentdesk.models.BundledEmbeddingModel;

/**
 * The shipped encoder and the cache in the user's data directory, opened on first use (on the worker thread) and
 * kept for the rest of the session: loading the encoder takes about a second, a chart's queries milliseconds.
 */
public final class BundledPriorArtEngine implements PriorArtViewModel.Engine {
    private SentenceEmbedder encoder;
    private PassageCache cache;

    @Override
    public synchronized TextEmbedder embedder() throws Exception {
        if (encoder == null) {
            encoder = BundledEncoder.open(EngineOptions.defaults());
        }
        return encoder::embed;
    }

    @Override
    public String modelName() {
        return BundledEmbeddingModel.NAME;
    }

    @Override
    public synchronized PassageCache cache() throws Exception {
        if (cache == null) {
            cache = PassageCache.open(DataDirectory.resolve());
        }
        return cache;
    }
}
