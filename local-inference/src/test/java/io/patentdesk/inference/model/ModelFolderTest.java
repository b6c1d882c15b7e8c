package io.patentdesk.inference.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.Fixtures;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.Prompt;
import io.patentdesk.inference.PromptFormat;
import io.patentdesk.inference.Sampling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFolderTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheGenaiLayout() throws Exception {
        ModelFolder f = ModelFolder.open(Fixtures.genai());
        assertThat(f.layout()).isEqualTo(ModelLayout.GENAI);
        assertThat(f.onnxFile().getFileName().toString()).isEqualTo("model.onnx");
        assertThat(f.config().layers()).isEqualTo(3);
        assertThat(f.config().kvHeads()).isEqualTo(2);
        assertThat(f.config().headSize()).isEqualTo(16);
        assertThat(f.config().eosTokenIds()).containsExactly(0);
        assertThat(f.contextLength()).isEqualTo(256);
        assertThat(f.displayName()).contains("tiny-genai");
        assertThat(f.stopStrings()).contains("<|endoftext|>");
    }

    @Test
    void theEndTokensAreGenaiConfigsListAndGenerationConfigs() throws IOException, ModelException {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("eos"));
        String genai = Files.readString(dir.resolve("genai_config.json"));
        Files.writeString(dir.resolve("genai_config.json"),
                genai.replaceFirst("\"eos_token_id\"\\s*:\\s*\\[?\\s*0\\s*\\]?", "\"eos_token_id\": [0, 3]"));
        assertThat(ModelFolder.open(dir).config().eosTokenIds()).containsExactlyInAnyOrder(0, 3);
        Files.writeString(dir.resolve("generation_config.json"), "{\"eos_token_id\": [7, 0]}");
        assertThat(ModelFolder.open(dir).config().eosTokenIds()).containsExactlyInAnyOrder(0, 3, 7);
        Files.writeString(dir.resolve("generation_config.json"), "{\"eos_token_id\": 9}");
        assertThat(ModelFolder.open(dir).config().eosTokenIds()).containsExactlyInAnyOrder(0, 3, 9);
    }

    @Test
    void readsTheOptimumLayout() throws Exception {
        ModelFolder f = ModelFolder.open(Fixtures.model("tiny-optimum"));
        assertThat(f.layout()).isEqualTo(ModelLayout.OPTIMUM);
        assertThat(f.config().vocabSize()).isEqualTo(1024);
        assertThat(f.config().layers()).isEqualTo(3);
        assertThat(f.config().contextLength()).isEqualTo(256);
        assertThat(f.config().eosTokenIds()).containsExactly(0);
    }

    @Test
    void prefersTheMergedDecoderInAnOptimumFolder() throws Exception {
        Path dir = Fixtures.copy(Fixtures.model("tiny-optimum"), tmp.resolve("m"));
        Files.move(dir.resolve("model.onnx"), dir.resolve("decoder_model_merged.onnx"));
        assertThat(ModelFolder.open(dir).onnxFile().getFileName().toString()).isEqualTo("decoder_model_merged.onnx");
    }

    @Test
    void taskPromptsComeFromPatentdeskJson() throws Exception {
        PromptFormat p = ModelFolder.open(Fixtures.genai()).promptFormat();
        Prompt prompt = p.prompt(DraftingTask.CLAIMS_TO_ABSTRACT, "1. A widget.");
        assertThat(prompt.head()).isEqualTo("<|claims_to_abstract|>");
        assertThat(prompt.body()).isEqualTo("1. A widget.");
        assertThat(prompt.tail()).isEqualTo("<|response|>");
        assertThat(p.isDeclared(DraftingTask.INSTRUCT)).isTrue();
        assertThat(p.label(DraftingTask.CLAIMS_TO_TITLE)).isEqualTo("Claims → title");
        assertThat(p.maxNewTokens(DraftingTask.CLAIMS_TO_TITLE, 99)).isEqualTo(24);
    }

    @Test
    void withoutPatentdeskJsonThereAreDefaults() throws Exception {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("m"));
        Files.delete(dir.resolve("patentdesk.json"));
        ModelFolder f = ModelFolder.open(dir);
        assertThat(f.displayName()).isEqualTo("m");
        assertThat(f.contextLength()).isEqualTo(256);
        assertThat(f.stopStrings()).isEmpty();
        assertThat(f.promptFormat().isDeclared(DraftingTask.CLAIMS_TO_ABSTRACT)).isFalse();
        assertThat(f.promptFormat().prompt(DraftingTask.CLAIMS_TO_ABSTRACT, "x").text()).contains("Abstract:");
        assertThat(f.promptFormat().label(DraftingTask.CLAIMS_TO_ABSTRACT)).isEqualTo("Claims → abstract");
    }

    @Test
    void aMissingTokenizerIsNamed() throws IOException {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("m"));
        Files.delete(dir.resolve("tokenizer.json"));
        assertThatThrownBy(() -> ModelFolder.open(dir)).isInstanceOf(ModelException.class)
                .hasMessageContaining("has no tokenizer.json");
    }

    @Test
    void aFolderWithoutConfigIsNotAModel() throws IOException {
        Files.writeString(tmp.resolve("readme.txt"), "hello");
        assertThatThrownBy(() -> ModelFolder.open(tmp)).hasMessageContaining("neither genai_config.json nor config.json");
        assertThatThrownBy(() -> ModelFolder.open(tmp.resolve("nope"))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ModelFolder.open(tmp.resolve("readme.txt"))).hasMessageContaining("is a file");
    }

    @Test
    void aMissingGraphIsNamed() throws IOException {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("m"));
        Files.delete(dir.resolve("model.onnx"));
        assertThatThrownBy(() -> ModelFolder.open(dir)).hasMessageContaining("has no model.onnx");
    }

    @Test
    void brokenJsonGivesTheFileAndLine() throws IOException {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("m"));
        Files.writeString(dir.resolve("genai_config.json"), "{\n \"model\": {,\n}");
        assertThatThrownBy(() -> ModelFolder.open(dir)).isInstanceOf(ModelException.class)
                .hasMessageContaining("genai_config.json").hasMessageContaining("not valid JSON (line 2");
    }

    @Test
    void aTemplateWithoutInputIsRefused() throws IOException {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("m"));
        Files.writeString(dir.resolve("patentdesk.json"), "{\"tasks\": {\"claims_to_title\": \"Title:\"}}");
        assertThatThrownBy(() -> ModelFolder.open(dir)).hasMessageContaining("claims_to_title")
                .hasMessageContaining("{input}");
    }

    @Test
    void theSuggestedSamplingReadsEveryPatentDeskSetting() throws IOException, ModelException {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("s"));
        Files.writeString(dir.resolve("patentdesk.json"), "{\"sampling\": {\"temperature\": 0.5, \"topP\": 0.9, "
                + "\"topK\": 40, \"repetitionPenalty\": 1.1, \"noRepeatNgram\": 4, \"nearRepeatWindow\": 20, \"minP\": 0.05, "
                + "\"contextContrast\": 0.5, \"plausibility\": 0.1, \"copyBoost\": 3, \"inputWordBoost\": 2}}");
        assertThat(ModelFolder.open(dir).config().suggested())
                .isEqualTo(new Sampling(0.5, 40, 0.9, 1.1, 0, 4, 0.05)); // the aid keys are the aids' (PatentAidsProviderTest)
        // Out-of-range values keep the ecosystem's settings rather than failing the model.
        Files.writeString(dir.resolve("patentdesk.json"), "{}");
        Sampling ecosystem = ModelFolder.open(dir).config().suggested();
        Files.writeString(dir.resolve("patentdesk.json"), "{\"sampling\": {\"temperature\": 0.5, \"minP\": 2}}");
        assertThat(ModelFolder.open(dir).config().suggested()).isEqualTo(ecosystem);
        assertThat(ecosystem.temperature()).isNotEqualTo(0.5);
    }

    @Test
    void aTaskMayHaveItsOwnSamplingWhichReplacesTheModelWideOne() throws IOException, ModelException {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("t"));
        Files.writeString(dir.resolve("patentdesk.json"), "{\"tasks\": {\"claims_to_title\": \"T{input}R\", "
                + "\"claims_to_abstract\": \"A{input}R\"}, \"sampling\": {\"temperature\": 0.3, \"copyBoost\": 5}, "
                + "\"taskInfo\": {\"claims_to_title\": {\"maxNewTokens\": 24, \"sampling\": {\"temperature\": 0.5, "
                + "\"topK\": 40}}, \"claims_to_abstract\": {\"sampling\": {\"temperature\": 0.5, \"minP\": 2}}}}");
        ModelFolder f = ModelFolder.open(dir);
        Sampling modelWide = f.config().suggested();
        assertThat(modelWide.temperature()).isEqualTo(0.3);
        // Titles: a whole setting of their own.
        Sampling title = f.promptFormat().sampling(DraftingTask.CLAIMS_TO_TITLE, modelWide);
        assertThat(title.temperature()).isEqualTo(0.5);
        assertThat(title.topK()).isEqualTo(40);
        assertThat(GenerationRequest.forTask(f, DraftingTask.CLAIMS_TO_TITLE, "1. A widget.", 7).sampling())
                .isEqualTo(title.withSeed(7));
        // An out-of-range task setting is ignored: the task keeps the model-wide one, as do tasks without one.
        assertThat(f.promptFormat().sampling(DraftingTask.CLAIMS_TO_ABSTRACT, modelWide)).isEqualTo(modelWide);
        assertThat(f.promptFormat().sampling(DraftingTask.INSTRUCT, modelWide)).isEqualTo(modelWide);
        assertThat(GenerationRequest.forTask(f, DraftingTask.INSTRUCT, "x", 7).sampling()).isEqualTo(modelWide.withSeed(7));
    }

}
