package io.patentdesk.app.prior;

import java.util.List;

/** Unit vectors for texts; in the app, local-inference's {@code SentenceEmbedder} with the bundled encoder. */
@FunctionalInterface
public interface TextEmbedder {
    float[][] embed(List<String> texts);
}
