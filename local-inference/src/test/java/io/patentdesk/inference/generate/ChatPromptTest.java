package io.patentdesk.inference.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.ContextPolicy;
import io.patentdesk.inference.DraftingMessages;
import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.Fixtures;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.GenerationResult;
import io.patentdesk.inference.InferenceException;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.Prompt;
import io.patentdesk.inference.TokenListener;
import io.patentdesk.inference.chat.ChatTemplate;
import io.patentdesk.inference.model.ModelFolder;
import io.patentdesk.inference.tokenize.SpecialTokens;
import io.patentdesk.inference.tokenize.TextTokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafting tasks as messages through a chat template, as the engine tokenizes and fits them. */
class ChatPromptTest {

    /** A ChatML-like template over the fixture's special tokens: BOS, a system turn, a user turn, the cue. */
    static final String TEMPLATE = "{{ bos_token }}{% for m in messages %}{% if m.role == 'system' %}<|instruct|>"
            + "{{ m.content }}{% else %}<|claims_to_title|>{{ m.content }}{% endif %}{% endfor %}"
            + "{% if add_generation_prompt %}<|response|>{% endif %}";

    /** A tokenizer that puts <|endoftext|> (id 0) before every text, as Llama's does with its BOS. */
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

    private static ChatTemplate template() {
        return ChatTemplate.of(TEMPLATE, Map.of("bos_token", "<|endoftext|>"));
    }

    @Test
    void aRenderedPromptIsTokenizedWholeWithNoSecondBos() {
        Prompt p = DraftingMessages.prompt(template(), "Title it.", "Claims:\n", "1. A widget.", "\nBe brief.");
        assertThat(p.templated()).isTrue();
        assertThat(p.head()).isEqualTo("<|endoftext|><|instruct|>Title it.<|claims_to_title|>Claims:\n");
        assertThat(p.body()).isEqualTo("1. A widget.");
        assertThat(p.tail()).isEqualTo("\nBe brief.<|response|>");
        ContextGuard guard = new ContextGuard(tokenizer, 256, BOS, 1024); // the engine would put BOS 0 first
        int[] ids = guard.fit(GenerationRequest.of(p).withMaxNewTokens(20)).ids();
        assertThat(ids).isEqualTo(tokenizer.encode(p.text(), false));
        assertThat(Arrays.stream(ids).filter(id -> id == 0).count()).isEqualTo(1); // the template's own BOS only
        assertThat(ids[ids.length - 1]).isEqualTo(1);
    }

    @Test
    void aTooLongMatterLosesItsEndButKeepsTheRulesAndTheCue() {
        String body = "1. A widget" + " comprising a part".repeat(120) + ".";
        Prompt p = DraftingMessages.prompt(template(), "Title it.", "", body, "");
        ContextGuard.Fitted f = new ContextGuard(tokenizer, 256, BOS, 1024)
                .fit(GenerationRequest.of(p).withMaxNewTokens(56).withContextPolicy(ContextPolicy.TRUNCATE_RIGHT));
        assertThat(f.ids().length).isEqualTo(256 - 56);
        assertThat(f.cutTokens()).isPositive();
        assertThat(f.ids()[0]).isZero();
        assertThat(f.ids()[1]).isEqualTo(7); // <|instruct|>: the rules are kept
        assertThat(f.ids()[f.ids().length - 1]).isEqualTo(1); // <|response|>: the cue is kept
        assertThat(tokenizer.decode(f.ids(), 0, f.ids().length)).startsWith("Title it.1. A widget comprising");
    }

    @Test
    void aTemplateThatRewritesTheTextKeepsTheWholeRenderingAsHead() {
        ChatTemplate trimming = ChatTemplate.of("{% for m in messages %}[{{ m.content | upper }}]{% endfor %}", Map.of());
        Prompt p = DraftingMessages.prompt(trimming, "rules", "", "text", "");
        assertThat(p.head()).isEqualTo("[RULES][TEXT]");
        assertThat(p.body()).isEmpty();
    }

    @Test
    void aRefusingTemplateIsAOneLineInferenceError() {
        ChatTemplate refusing = ChatTemplate.of("{{ raise_exception('Only user messages') }}", Map.of());
        assertThatThrownBy(() -> DraftingMessages.prompt(refusing, DraftingTask.CLAIMS_TO_TITLE, "1. A widget."))
                .isInstanceOf(InferenceException.class)
                .hasMessage("The model's chat template refused the request: Only user messages");
    }

    @Test
    void aFolderWithAChatTemplateDraftsWithMessagesUnlessPatentdeskJsonDeclaresTheTask(@TempDir Path tmp)
            throws Exception {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("m"));
        Files.writeString(dir.resolve("tokenizer_config.json"), new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(Map.of("chat_template", TEMPLATE, "bos_token", "<|endoftext|>")));
        Files.writeString(dir.resolve("patentdesk.json"), "{\"tasks\": {\"claims_to_title\": \"T:{input}:\"}}");
        ModelFolder folder = ModelFolder.open(dir);
        assertThat(folder.chatTemplate()).isPresent();
        Prompt abstractPrompt = GenerationRequest.taskPrompt(folder, DraftingTask.CLAIMS_TO_ABSTRACT, "1. A widget.");
        assertThat(abstractPrompt.templated()).isTrue();
        assertThat(abstractPrompt.head()).startsWith("<|endoftext|><|instruct|>" + DraftingMessages.rules(
                DraftingTask.CLAIMS_TO_ABSTRACT) + "<|claims_to_title|>");
        assertThat(GenerationRequest.taskPrompt(folder, DraftingTask.CLAIMS_TO_TITLE, "1. A widget.").text())
                .isEqualTo("T:1. A widget.:");
        try (Engine engine = Engine.load(folder)) {
            GenerationResult r = engine.generate(GenerationRequest.forTask(folder, DraftingTask.CLAIMS_TO_ABSTRACT,
                    "1. A widget.", 1).withMaxNewTokens(4), TokenListener.none()).await();
            assertThat(r.promptTokens()).isEqualTo(tokenizer.encode(abstractPrompt.text(), false).length);
        }
        Files.delete(dir.resolve("patentdesk.json"));
        ModelFolder plain = ModelFolder.open(dir);
        assertThat(GenerationRequest.taskPrompt(plain, DraftingTask.CLAIMS_TO_TITLE, "1. A widget.").templated()).isTrue();
    }
}
