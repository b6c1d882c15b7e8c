package io.patentdesk.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.inference.model.ModelFolder;
import org.junit.jupiter.api.Test;

/**
 * An Optimum merged decoder (fixture built by src/test/scripts/make_merged_decoder.py from tiny-genai's graph): the
 * engine feeds use_cache_branch=false for the prompt and true afterwards, and gets the plain graph's tokens.
 */
class MergedDecoderTest {

    @Test
    void theMergedDecoderSwitchesToItsCacheBranchAfterThePrompt() throws Exception {
        GenerationRequest r = GenerationRequest.of("1. A fastening device comprising a bolt, wherein").withMaxNewTokens(30)
                .withIgnoreEos(true).withSampling(Sampling.greedy().withRepetitionPenalty(3));
        try (Engine merged = Engine.load(ModelFolder.open(Fixtures.model("tiny-merged")));
                Engine plain = Engine.load(ModelFolder.open(Fixtures.genai()))) {
            assertThat(merged.folder().onnxFile().getFileName().toString()).isEqualTo("decoder_model_merged.onnx");
            assertThat(merged.info().mergedDecoder()).isTrue();
            assertThat(plain.info().mergedDecoder()).isFalse();
            assertThat(merged.generate(r, TokenListener.none()).await().tokenIds())
                    .containsExactly(plain.generate(r, TokenListener.none()).await().tokenIds());
        }
    }
}
