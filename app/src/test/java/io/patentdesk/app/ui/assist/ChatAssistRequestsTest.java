package io.patentdesk.app.ui.assist;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.editor.FindingItem;
import io.patentdesk.editor.Severity;
import io.patentdesk.inference.DraftingMessages;
import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.PromptFormat;
import io.patentdesk.inference.chat.ChatTemplate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The assistant's actions as messages for a model with a chat template, and no scripted words on the plain path. */
class ChatAssistRequestsTest {

    static final String CLAIMS = "1. A lid comprising a cover plate and a vent.\n\n2. The lid of claim 1, wherein the vent is round.";

    /** ChatML, as Qwen's template writes it without tools. */
    static final ChatTemplate CHATML = ChatTemplate.of("{%- for message in messages %}{{- '<|im_start|>' + message.role"
            + " + '\\n' + message.content + '<|im_end|>\\n' }}{%- endfor %}{%- if add_generation_prompt %}"
            + "{{- '<|im_start|>assistant\\n' }}{%- endif %}", Map.of());

    private final AssistRequests chat = new AssistRequests(PromptFormat.defaults(), Optional.of(CHATML), false);

    @Test
    void draftingTasksAreTheRulesAsSystemMessageAndTheMattersTextAsUserMessage() {
        AssistRequest abs = chat.abstractFromClaims(CLAIMS + "\n").request().orElseThrow();
        assertThat(abs.prompt().templated()).isTrue();
        assertThat(abs.prompt().text()).isEqualTo("<|im_start|>system\n" + DraftingMessages.rules(DraftingTask.CLAIMS_TO_ABSTRACT)
                + "<|im_end|>\n<|im_start|>user\n" + CLAIMS + "<|im_end|>\n<|im_start|>assistant\n");
        assertThat(abs.prompt().body()).isEqualTo(CLAIMS); // what a too-long prompt loses the end of
        assertThat(abs.lead()).isEmpty();
        for (AssistRequest r : List.of(chat.titleFromClaims(CLAIMS).request().orElseThrow(),
                chat.paragraphFor(CLAIMS, 3).request().orElseThrow())) {
            assertThat(r.prompt().text()).startsWith("<|im_start|>system\n" + DraftingMessages.rules(r.action().task()));
            assertThat(r.lead()).isEmpty();
        }
    }

    @Test
    void dependentsSayWhereToNumberFromAndWhichClaimTheyDependOn() {
        AssistRequest dep = chat.dependentsFor(CLAIMS, CLAIMS.indexOf("round")).request().orElseThrow();
        assertThat(dep.prompt().text()).contains("<|im_start|>user\n2. The lid of claim 1, wherein the vent is round."
                + "\n\nNumber the dependent claims from 3; each depends on claim 2.<|im_end|>");
        assertThat(dep.lead()).isEmpty();
        assertThat(dep.lineLeads().isNone()).isTrue();
    }

    @Test
    void explainPutsTheFindingsMessageCitationAndClaimIntoTheMessages() {
        FindingItem f = new FindingItem("k#1", Severity.ERROR, "antecedent-basis", "Antecedent basis", "claims", 2, 0, 3,
                "'the vent' has no antecedent", "MPEP 2173.05(e)");
        AssistRequest explain = chat.explain(f, CLAIMS).request().orElseThrow();
        assertThat(explain.prompt().text()).isEqualTo("<|im_start|>system\n" + DraftingMessages.explainRules()
                + "<|im_end|>\n<|im_start|>user\nFinding: 'the vent' has no antecedent (MPEP 2173.05(e))\n\nClaim:\n"
                + "2. The lid of claim 1, wherein the vent is round.<|im_end|>\n<|im_start|>assistant\n");
    }

    @Test
    void rewritePutsTheSelectionAsTheUserMessage() {
        AssistRequest rewrite = chat.rewrite("the said lever (12)", 4, 23).request().orElseThrow();
        assertThat(rewrite.prompt().text()).isEqualTo("<|im_start|>system\n" + DraftingMessages.rewriteRules()
                + "<|im_end|>\n<|im_start|>user\nthe said lever (12)<|im_end|>\n<|im_start|>assistant\n");
        assertThat(rewrite.anchor()).isEqualTo("the said lever (12)");
        assertThat(rewrite.start()).isEqualTo(4);
        assertThat(rewrite.end()).isEqualTo(23);
    }

    @Test
    void aTemplateThatRefusesSaysSoInsteadOfDrafting() {
        AssistRequests refusing = new AssistRequests(PromptFormat.defaults(),
                Optional.of(ChatTemplate.of("{{ raise_exception('Only user and assistant roles') }}", Map.of())), false);
        AssistRequests.Built built = refusing.titleFromClaims(CLAIMS);
        assertThat(built.request()).isEmpty();
        assertThat(built.problem()).isEqualTo("The model's chat template refused the request: Only user and assistant roles");
    }

    @Test
    void thePlainPathScriptsNoFirstWords() {
        AssistRequests plain = new AssistRequests(PromptFormat.defaults(), Optional.empty(), false);
        AssistRequest dep = plain.dependentsFor(CLAIMS, 0).request().orElseThrow();
        assertThat(dep.lead()).isEmpty();
        assertThat(dep.lineLeads().isNone()).isTrue();
        assertThat(dep.prompt().text()).isEqualTo("Independent claim:\n1. A lid comprising a cover plate and a vent."
                + "\n\nDependent claims:\n");
        assertThat(plain.abstractFromClaims(CLAIMS).request().orElseThrow().lead()).isEmpty();
        assertThat(plain.titleFromClaims(CLAIMS).request().orElseThrow().lead()).isEmpty();
        AssistRequests aided = new AssistRequests(PromptFormat.defaults(), Optional.empty(), true);
        assertThat(aided.dependentsFor(CLAIMS, 0).request().orElseThrow().lead()).isEqualTo("3. The lid of claim 1, wherein");
        assertThat(aided.titleFromClaims(CLAIMS).request().orElseThrow().lead()).isNotEmpty();
    }
}
