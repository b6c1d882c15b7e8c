package io.patentdesk.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.inference.model.ModelFolder;
import org.junit.jupiter.api.Test;

class Float16ModelTest {

    @Test
    void aFloat16ModelKeepsItsCacheInFloat16AndGenerates() throws Exception {
        try (Engine engine = Engine.load(ModelFolder.open(Fixtures.model("tiny-genai-fp16")))) {
            assertThat(engine.info().cacheType()).isEqualTo("float16");
            EngineTest.Recorder rec = new EngineTest.Recorder();
            GenerationResult r = engine.generate(GenerationRequest.of("1. A bolt ≤ 5 mm").withMaxNewTokens(40)
                    .withIgnoreEos(true), rec).await();
            assertThat(r.newTokens()).isEqualTo(40);
            assertThat(rec.text.toString()).isEqualTo(r.text());
            assertThat(engine.perplexity("a claim of the device").perplexity()).isFinite().isGreaterThan(1);
        }
    }
}
