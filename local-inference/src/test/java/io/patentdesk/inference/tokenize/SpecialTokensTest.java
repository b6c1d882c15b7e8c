package io.patentdesk.inference.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.inference.Fixtures;
import io.patentdesk.inference.ModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BOS and EOS come from the tokenizer's own post-processor and tokenizer_config.json, as Hugging Face adds them. */
class SpecialTokensTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static SpecialTokens of(Path tokenizerJson) throws ModelException {
        try (TextTokenizer t = TextTokenizer.load(tokenizerJson)) {
            return t.specials();
        }
    }

    private static SpecialTokens tokens(int[] prefix, int[] suffix) {
        return new SpecialTokens(prefix, suffix);
    }

    @Test
    void llamaAndMistralBeginWithTheirBosPhi3DoesNot() throws ModelException {
        // Llama 2: the TemplateProcessing post-processor adds <s>, and its config says add_bos_token true.
        assertThat(of(SentencePieceTokenizerTest.file("llama2"))).isEqualTo(tokens(new int[] {1}, new int[0]));
        // Mistral v0.3: its config says nothing; the post-processor's <s> stands.
        assertThat(of(SentencePieceTokenizerTest.file("mistral"))).isEqualTo(tokens(new int[] {1}, new int[0]));
        // Phi-3: the same post-processor, but add_bos_token false in its config (Hugging Face rebuilds it without).
        assertThat(of(SentencePieceTokenizerTest.file("phi3"))).isEqualTo(SpecialTokens.NONE);
        // PatentGPT's byte-level BPE: no post-processor, add_bos_token false.
        assertThat(of(Fixtures.genai().resolve("tokenizer.json"))).isEqualTo(SpecialTokens.NONE);
    }

    @Test
    void aByteLevelTemplateProcessingAsLlama3sAddsItsToken() throws IOException, ModelException {
        Path dir = Files.createDirectories(tmp.resolve("llama3"));
        ObjectNode tok = (ObjectNode) JSON.readTree(Fixtures.genai().resolve("tokenizer.json").toFile());
        tok.set("post_processor", JSON.readTree("""
                {"type": "Sequence", "processors": [
                  {"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": false, "use_regex": true},
                  {"type": "TemplateProcessing",
                   "single": [{"SpecialToken": {"id": "<|endoftext|>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}],
                   "pair": [{"SpecialToken": {"id": "<|endoftext|>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                            {"SpecialToken": {"id": "<|endoftext|>", "type_id": 1}}, {"Sequence": {"id": "B", "type_id": 1}}],
                   "special_tokens": {"<|endoftext|>": {"id": "<|endoftext|>", "ids": [0], "tokens": ["<|endoftext|>"]}}}]}
                """));
        JSON.writeValue(dir.resolve("tokenizer.json").toFile(), tok);
        assertThat(of(dir.resolve("tokenizer.json"))).isEqualTo(tokens(new int[] {0}, new int[0]));
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"add_bos_token\": false, \"bos_token\": \"<|endoftext|>\"}");
        assertThat(of(dir.resolve("tokenizer.json"))).isEqualTo(SpecialTokens.NONE);
    }

    @Test
    void theConfigAddsWhatThePostProcessorLacksBosFirstEosLast() throws IOException, ModelException {
        Path dir = Fixtures.copy(SentencePieceTokenizerTest.file("phi3").getParent(), tmp.resolve("eos"));
        Files.writeString(dir.resolve("tokenizer_config.json"),
                "{\"add_bos_token\": true, \"add_eos_token\": true, \"bos_token\": {\"content\": \"<s>\"}, "
                        + "\"eos_token\": \"</s>\"}");
        assertThat(of(dir.resolve("tokenizer.json"))).isEqualTo(tokens(new int[] {1}, new int[] {2}));
        // A token the vocabulary does not have, or no token named: the post-processor's choice stands.
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"add_bos_token\": false, \"bos_token\": \"<nope>\"}");
        assertThat(of(dir.resolve("tokenizer.json"))).isEqualTo(tokens(new int[] {1}, new int[0]));
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"add_eos_token\": true}");
        assertThat(of(dir.resolve("tokenizer.json"))).isEqualTo(tokens(new int[] {1}, new int[0]));
    }

    @Test
    void theTokensGoAroundAText() {
        SpecialTokens s = tokens(new int[] {1}, new int[] {2});
        assertThat(s.around(new int[] {7, 8})).containsExactly(1, 7, 8, 2);
        assertThat(SpecialTokens.NONE.around(new int[] {7})).containsExactly(7);
    }
}
