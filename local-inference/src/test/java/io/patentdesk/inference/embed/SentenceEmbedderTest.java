package io.patentdesk.inference.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.ProviderChoice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real quantized all-MiniLM-L6-v2 against an independent reference: token ids from a WordPiece tokenizer and
 * embeddings from a numpy interpreter of the graph, both in {@code src/test/python/minilm_reference.py} (its output
 * is {@code embed/minilm-reference.json}; rerun it to regenerate).
 */
class SentenceEmbedderTest {

    private static SentenceEmbedder embedder;
    private static JsonNode cases;

    @BeforeAll
    static void load() throws Exception {
        embedder = SentenceEmbedder.load(resource("all-minilm-l6-v2-q.onnx"),
                resource("all-minilm-l6-v2-q-tokenizer.json"), "all-minilm-l6-v2-q",
                EngineOptions.defaults().withProvider(ProviderChoice.CPU).withThreads(2));
        cases = new ObjectMapper().readTree(resource("embed/minilm-reference.json")).path("cases");
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SentenceEmbedderTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the test class path").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void tokenIdsMatchAnIndependentWordPiece() {
        for (JsonNode c : cases) {
            long[] expected = new long[c.path("ids").size()];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = c.path("ids").get(i).asLong();
            }
            assertThat(embedder.tokenizer().ids(c.path("text").asText())).as(c.path("text").asText())
                    .containsExactly(expected);
        }
    }

    @Test
    void embeddingsMatchTheNumpyReference() {
        for (JsonNode c : cases) {
            float[] actual = embedder.embed(c.path("text").asText());
            JsonNode expected = c.path("embedding");
            assertThat(actual).hasSize(expected.size());
            double maxDiff = 0;
            float[] ref = new float[expected.size()];
            for (int d = 0; d < ref.length; d++) {
                ref[d] = (float) expected.get(d).asDouble();
                maxDiff = Math.max(maxDiff, Math.abs(ref[d] - actual[d]));
            }
            // Both run the same int8 graph in float32; summation order differs, which can move a value across an
            // int8 rounding boundary (largest difference seen: 0.0013). A wrong pooling or tokenization moves
            // components by 0.01-0.1 and the cosine below 0.99.
            assertThat(maxDiff).as("largest component difference for " + c.path("text").asText()).isLessThan(4e-3);
            assertThat(MeanPooling.dot(actual, ref)).isGreaterThan(0.9995f);
        }
    }

    @Test
    void vectorsHaveUnitLength() {
        float[] v = embedder.embed("A bicycle lock.");
        assertThat(MeanPooling.dot(v, v)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
    }

    @Test
    void relatedPatentSentencesAreCloserThanUnrelatedOnes() {
        float[][] v = embedder.embed(List.of(
                "A bicycle lock comprising a shackle and a locking body that receives the free end of the shackle.",
                "The lock has a U-shaped hoop whose end is held in a housing by a latch.",
                "A method of brewing coffee in which hot water is forced through ground beans under pressure.",
                "An espresso machine pumps heated water through a puck of coffee grounds at nine bar."));
        float lockLock = MeanPooling.dot(v[0], v[1]);
        float coffeeCoffee = MeanPooling.dot(v[2], v[3]);
        assertThat(lockLock).isGreaterThan(MeanPooling.dot(v[0], v[2]) + 0.2f)
                .isGreaterThan(MeanPooling.dot(v[0], v[3]) + 0.2f);
        assertThat(coffeeCoffee).isGreaterThan(MeanPooling.dot(v[1], v[2]) + 0.2f);
    }

    @Test
    void aListGivesEachTextTheVectorItGetsAloneAndLongTextsAreCut() {
        List<String> texts = new ArrayList<>();
        for (JsonNode c : cases) {
            texts.add(c.path("text").asText());
        }
        texts.add("Short.");
        String overLong = "shackle ".repeat(400); // longer than the 128-token window: cut, not an error
        texts.add(overLong);
        float[][] listed = embedder.embed(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(listed[i]).as(texts.get(i)).containsExactly(embedder.embed(texts.get(i)));
        }
        assertThat(embedder.tokenizer().ids(overLong)).hasSize(embedder.tokenizer().maxLength());
        assertThat(listed[texts.size() - 1]).containsExactly(embedder.embed("shackle ".repeat(200)));
    }

    @Test
    void aGraphThatIsNotAnEncoderIsRefusedWithOneLine() {
        assertThatThrownBy(() -> SentenceEmbedder.load("not onnx".getBytes(StandardCharsets.UTF_8),
                resource("all-minilm-l6-v2-q-tokenizer.json"), "broken.onnx", EngineOptions.defaults()))
                .isInstanceOf(ModelException.class).hasMessageStartingWith("broken.onnx cannot be loaded")
                .hasMessageNotContaining("\n");
    }
}
