package io.patentdesk.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.model.ModelFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weights in external data (tiny-external, built by src/test/scripts/make_fixtures.py) load by path. */
class ExternalDataTest {

    @TempDir
    Path tmp;

    @Test
    void externalWeightsGiveTheSameModel() throws Exception {
        GenerationRequest r = GenerationRequest.of("1. A bolt, wherein").withMaxNewTokens(20).withIgnoreEos(true)
                .withSampling(Sampling.greedy().withRepetitionPenalty(2));
        try (Engine external = Engine.load(ModelFolder.open(Fixtures.model("tiny-external")));
                Engine inline = Engine.load(ModelFolder.open(Fixtures.genai()))) {
            assertThat(Files.size(Fixtures.model("tiny-external").resolve("model.onnx"))).isLessThan(200_000);
            assertThat(external.generate(r, TokenListener.none()).await().tokenIds())
                    .containsExactly(inline.generate(r, TokenListener.none()).await().tokenIds());
        }
    }

    @Test
    void aMissingExternalDataFileIsNamed() throws Exception {
        Path dir = Fixtures.copy(Fixtures.model("tiny-external"), tmp.resolve("m"));
        Files.delete(dir.resolve("model.onnx.data"));
        assertThatThrownBy(() -> Engine.load(ModelFolder.open(dir))).isInstanceOf(ModelException.class)
                .hasMessage("model.onnx in " + dir + " needs its external data file model.onnx.data, which is missing.");
    }
}
