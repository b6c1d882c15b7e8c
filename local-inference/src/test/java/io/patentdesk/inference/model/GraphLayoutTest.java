package io.patentdesk.inference.model;

import io.patentdesk.inference.json.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.Fixtures;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.Sampling;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph layouts of standard exports load with what their genai_config.json says (the fixtures are the
 * exporter's, see onnx-models/training/patentgpt/layouts.py); that they decode right is KvCacheEquivalenceTest's.
 */
class GraphLayoutTest {

    @TempDir
    Path tmp;

    @Test
    void theCombinedPastLayoutFeedsOneTensorPerLayer() throws Exception {
        ModelFolder folder = ModelFolder.open(Fixtures.model("tiny-combined"));
        assertThat(folder.ioNames().combined()).isTrue();
        try (Engine engine = Engine.load(folder)) {
            DecoderSignature sig = engine.decoder().signature();
            assertThat(sig.pastNames()).containsExactly("past_0", "past_1");
            assertThat(sig.presentNames()).containsExactly("present_0", "present_1");
            assertThat(sig.pastShape(7)).containsExactly(2, 1, 1, 7, 16);
            assertThat(engine.info().layers()).isEqualTo(2);
        }
    }

    @Test
    void eachGraphSaysWhatItTakes() throws Exception {
        try (Engine gqa = Engine.load(ModelFolder.open(Fixtures.model("tiny-gqa")));
                Engine seqlens = Engine.load(ModelFolder.open(Fixtures.model("tiny-gqa-seqlens")));
                Engine int32 = Engine.load(ModelFolder.open(Fixtures.model("tiny-int32")));
                Engine bf16 = Engine.load(ModelFolder.open(Fixtures.model("tiny-bf16")))) {
            DecoderSignature g = gqa.decoder().signature();
            assertThat(g.hasPositionIds()).isFalse();
            assertThat(g.hasAttentionMask()).isTrue();
            assertThat(g.hasSeqlens()).isFalse();
            DecoderSignature s = seqlens.decoder().signature();
            assertThat(s.hasSeqlens()).isTrue();
            assertThat(s.hasAttentionMask()).isFalse();
            DecoderSignature i = int32.decoder().signature();
            assertThat(i.idsType()).isEqualTo(ai.onnxruntime.OnnxJavaType.INT32);
            assertThat(i.maskType()).isEqualTo(ai.onnxruntime.OnnxJavaType.INT32);
            assertThat(bf16.info().cacheType()).isEqualTo("bfloat16");
            assertThat(bf16.decoder().signature().logitsType()).isEqualTo(ai.onnxruntime.OnnxJavaType.BFLOAT16);
        }
    }

    @Test
    void combinedNamesOverASeparateCacheGraphAreALoadError() throws Exception {
        Path dir = Fixtures.copy(Fixtures.model("tiny-gqa"), tmp.resolve("m"));
        ObjectNode cfg = (ObjectNode) Json.read(dir.resolve("genai_config.json"));
        ObjectNode decoder = (ObjectNode) cfg.path("model").path("decoder");
        ((ObjectNode) decoder.path("inputs")).put("past_names", "past_%d");
        ((ObjectNode) decoder.path("outputs")).put("present_names", "present_%d");
        Json.MAPPER.writeValue(dir.resolve("genai_config.json").toFile(), cfg);
        assertThatThrownBy(() -> Engine.load(ModelFolder.open(dir))).isInstanceOf(ModelException.class)
                .hasMessageStartingWith("model.onnx has unexpected input names [past_key_values.0.key");
    }

    @Test
    void searchDefaultsComeFromGenaiConfigThenGenerationConfig() throws Exception {
        Path dir = Fixtures.copy(Fixtures.model("tiny-gqa"), tmp.resolve("m"));
        ObjectNode cfg = (ObjectNode) Json.read(dir.resolve("genai_config.json"));
        ((ObjectNode) cfg.path("model")).remove("eos_token_id");
        ObjectNode search = Json.MAPPER.createObjectNode().put("do_sample", true).put("temperature", 0.6)
                .put("max_length", 128);
        cfg.set("search", search);
        Json.MAPPER.writeValue(dir.resolve("genai_config.json").toFile(), cfg);
        Files.writeString(dir.resolve("generation_config.json"), """
                {"do_sample": false, "temperature": 0.9, "top_p": 0.8, "top_k": 20, "repetition_penalty": 1.05,
                 "eos_token_id": [0, 5, 7], "max_length": 20}
                """);
        ModelFolder f = ModelFolder.open(dir);
        Sampling s = f.config().suggested();
        assertThat(s.temperature()).isEqualTo(0.6);
        assertThat(s.topP()).isEqualTo(0.8);
        assertThat(s.topK()).isEqualTo(20);
        assertThat(s.repetitionPenalty()).isEqualTo(1.05);
        assertThat(f.config().eosTokenIds()).containsExactlyInAnyOrder(0, 5, 7);
        assertThat(f.contextLength()).isEqualTo(128); // search.max_length caps context_length (256)
    }

    @Test
    void withoutDoSampleTheSuggestionIsGreedyWithTheAuthorsPenalty() throws Exception {
        ModelFolder f = ModelFolder.open(Fixtures.model("tiny-gqa"));
        assertThat(f.config().suggested().temperature()).isZero();
        assertThat(f.config().suggested().repetitionPenalty()).isEqualTo(1.1);
        assertThat(f.config().eosTokenIds()).containsExactly(0);
    }
}
