package io.patentdesk.inference.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.ContextPolicy;
import io.patentdesk.inference.ContextTooLongException;
import io.patentdesk.inference.Fixtures;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.InferenceException;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.Prompt;
import io.patentdesk.inference.tokenize.SpecialTokens;
import io.patentdesk.inference.tokenize.TextTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContextGuardTest {

    private static final SpecialTokens BOS = new SpecialTokens(new int[] {0}, new int[0]);

    private static TextTokenizer tokenizer;

    @BeforeAll
    static void load() throws ModelException {
        tokenizer = TextTokenizer.load(Fixtures.genai().resolve("tokenizer.json"));
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    private static String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(" claim").append(i);
        }
        return sb.toString();
    }

    @Test
    void aPromptThatFitsIsUntouched() {
        ContextGuard g = new ContextGuard(tokenizer, 256, SpecialTokens.NONE, 1024);
        Prompt p = new Prompt("<|claims_to_title|>", "1. A widget.", "<|response|>");
        ContextGuard.Fitted f = g.fit(GenerationRequest.of(p).withMaxNewTokens(20));
        assertThat(f.cutTokens()).isZero();
        assertThat(tokenizer.decode(f.ids(), 0, f.ids().length)).isEqualTo("1. A widget.");
        assertThat(f.ids()[0]).isEqualTo(3); // the task token
        assertThat(f.ids()[f.ids().length - 1]).isEqualTo(1); // <|response|>
    }

    @Test
    void aLongBodyLosesItsStartAndKeepsHeadTailAndRoomForTheAnswer() {
        ContextGuard g = new ContextGuard(tokenizer, 256, SpecialTokens.NONE, 1024);
        String body = words(200) + " END";
        Prompt p = new Prompt("<|claims_to_abstract|>", body, "<|response|>");
        ContextGuard.Fitted f = g.fit(GenerationRequest.of(p).withMaxNewTokens(56));
        assertThat(f.ids().length).isEqualTo(256 - 56);
        assertThat(f.ids()[0]).isEqualTo(2);
        assertThat(f.ids()[f.ids().length - 1]).isEqualTo(1);
        assertThat(f.cutTokens()).isPositive();
        assertThat(f.cutText()).startsWith(" claim0 claim1");
        String kept = tokenizer.decode(f.ids(), 1, f.ids().length - 1);
        assertThat(kept).endsWith(" END");
        assertThat(f.cutText().length() + kept.length()).isBetween(body.length() - 2, body.length());
    }

    @Test
    void aDraftingTaskKeepsTheStartOfItsInputAndLosesTheEnd() {
        ContextGuard g = new ContextGuard(tokenizer, 256, SpecialTokens.NONE, 1024);
        String body = "START" + words(200);
        Prompt p = new Prompt("<|claims_to_abstract|>", body, "<|response|>");
        ContextGuard.Fitted f = g.fit(GenerationRequest.of(p).withMaxNewTokens(56).withContextPolicy(ContextPolicy.TRUNCATE_RIGHT));
        assertThat(f.ids().length).isEqualTo(256 - 56);
        assertThat(f.ids()[0]).isEqualTo(2);
        assertThat(f.ids()[f.ids().length - 1]).isEqualTo(1);
        String kept = tokenizer.decode(f.ids(), 1, f.ids().length - 1);
        assertThat(kept).startsWith("START claim0 claim1");
        assertThat(f.cutText()).endsWith(" claim199");
        assertThat(f.cutTokens()).isEqualTo(tokenizer.encode(body, false).length - (256 - 56 - 2));
        assertThat(kept + f.cutText()).isEqualTo(body);
    }

    @Test
    void exactTokenPromptsCutFromTheRightKeepTheirStart() {
        ContextGuard g = new ContextGuard(tokenizer, 32, SpecialTokens.NONE, 1024);
        int[] ids = java.util.stream.IntStream.range(100, 140).toArray();
        ContextGuard.Fitted f = g.fit(GenerationRequest.ofTokens(ids).withMaxNewTokens(8).withContextPolicy(ContextPolicy.TRUNCATE_RIGHT));
        assertThat(f.ids()).hasSize(24).startsWith(100).endsWith(123);
        assertThat(f.cutTokens()).isEqualTo(16);
    }

    @Test
    void aLargeAnswerRequestCannotSqueezeThePromptBelowHalfTheContext() {
        ContextGuard g = new ContextGuard(tokenizer, 256, SpecialTokens.NONE, 1024);
        ContextGuard.Fitted f = g.fit(GenerationRequest.of(words(300)).withMaxNewTokens(10_000));
        assertThat(f.ids().length).isEqualTo(128);
    }

    @Test
    void refusalWhenAskedGivesTheNumbers() {
        ContextGuard g = new ContextGuard(tokenizer, 256, SpecialTokens.NONE, 1024);
        GenerationRequest r = GenerationRequest.of(words(300)).withMaxNewTokens(56).withContextPolicy(ContextPolicy.FAIL);
        assertThatThrownBy(() -> g.fit(r)).isInstanceOf(ContextTooLongException.class)
                .hasMessageContaining("the model reads at most 256 and 56 are kept for the answer");
    }

    @Test
    void instructionsThatAloneOverflowAreRefusedEvenWhenCuttingIsAllowed() {
        ContextGuard g = new ContextGuard(tokenizer, 64, SpecialTokens.NONE, 1024);
        Prompt p = new Prompt(words(80), "body", "");
        assertThatThrownBy(() -> g.fit(GenerationRequest.of(p).withMaxNewTokens(8)))
                .isInstanceOf(ContextTooLongException.class).hasMessageContaining("instructions of this prompt alone");
    }

    @Test
    void exactTokenPromptsAreCutFromTheLeftToo() {
        ContextGuard g = new ContextGuard(tokenizer, 32, SpecialTokens.NONE, 1024);
        int[] ids = java.util.stream.IntStream.range(100, 140).toArray();
        ContextGuard.Fitted f = g.fit(GenerationRequest.ofTokens(ids).withMaxNewTokens(8));
        assertThat(f.ids()).hasSize(24).startsWith(116).endsWith(139);
        assertThat(f.cutTokens()).isEqualTo(16);
    }

    @Test
    void anEmptyPromptIsRefusedClearly() {
        ContextGuard g = new ContextGuard(tokenizer, 32, SpecialTokens.NONE, 1024);
        assertThatThrownBy(() -> g.fit(GenerationRequest.of(""))).isInstanceOf(InferenceException.class)
                .hasMessage("The prompt is empty: give the model some text to continue.");
        assertThat(new ContextGuard(tokenizer, 32, BOS, 1024).fit(GenerationRequest.of("")).ids()).containsExactly(0);
    }

    @Test
    void tokenIdsOutsideTheVocabularyAreRefused() {
        ContextGuard g = new ContextGuard(tokenizer, 32, SpecialTokens.NONE, 1024);
        assertThatThrownBy(() -> g.fit(GenerationRequest.ofTokens(new int[] {5, 1024})))
                .isInstanceOf(InferenceException.class).hasMessage("Token id 1024 is outside the model's vocabulary (0..1023).");
    }

    @Test
    void theTokenizersSpecialTokensGoAroundThePromptNeverCut() {
        ContextGuard g = new ContextGuard(tokenizer, 256, BOS, 1024);
        assertThat(g.fit(GenerationRequest.of("x")).ids()[0]).isZero();
        ContextGuard both = new ContextGuard(tokenizer, 32, new SpecialTokens(new int[] {0}, new int[] {1}), 1024);
        int[] ids = both.fit(GenerationRequest.of(new io.patentdesk.inference.Prompt("H", "x ".repeat(100), "T"))
                .withMaxNewTokens(8)).ids();
        assertThat(ids[0]).isZero();
        assertThat(ids[ids.length - 1]).isEqualTo(1);
        assertThat(ids).hasSize(32 - 8);
    }
}
