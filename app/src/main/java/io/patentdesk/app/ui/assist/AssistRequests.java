package io.patentdesk.app.ui.assist;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.app.assist.CaretClaim;
import io.patentdesk.app.assist.DraftLeads;
import io.patentdesk.editor.FindingItem;
import io.patentdesk.editor.PatentLexicon;
import io.patentdesk.editor.StyleRange;
import io.patentdesk.inference.DraftingMessages;
import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.InferenceException;
import io.patentdesk.inference.Prompt;
import io.patentdesk.inference.PromptFormat;
import io.patentdesk.inference.aids.LineLeads;
import io.patentdesk.inference.chat.ChatTemplate;
import io.patentdesk.inference.model.ModelFolder;
import java.util.Optional;

/**
 * Builds assistant requests from the document, with the model's own prompts: the task templates of its
 * {@code patentdesk.json}, else its chat template (the drafting rules as the system message, the matter's text as the
 * user message), else plain labels. Each returns empty with a reason when the document lacks what the action needs
 * (no claims, no selection) or the model's chat template refuses the request.
 */
public final class AssistRequests {
    /** Token budgets per action: a title is short, a description paragraph long. */
    static final int TITLE_TOKENS = 24;
    static final int ABSTRACT_TOKENS = 200;
    static final int DEPENDENT_TOKENS = 240;
    static final int CLAIM_TOKENS = 200;
    static final int PARAGRAPH_TOKENS = 250;
    static final int REWRITE_TOKENS = 250;
    static final int EXPLAIN_TOKENS = 200;


    private final PromptFormat format;
    private final Optional<ChatTemplate> chat;
    private final boolean leads;

    /**
     * @param chat  the model's chat template, used for every task its {@code patentdesk.json} does not declare
     * @param leads whether drafts begin with words written for the model ({@link DraftLeads}): only for models whose
     *              {@code patentdesk.json} asks for PatentDesk's aids, never on the plain path
     */
    public AssistRequests(PromptFormat format, Optional<ChatTemplate> chat, boolean leads) {
        this.format = format;
        this.chat = chat;
        this.leads = leads;
    }

    /** The requests a model folder gets: its task templates or chat template, and leads only if its patentdesk.json switches PatentDesk's aids on. */
    public static AssistRequests forModel(ModelFolder folder) {
        return new AssistRequests(folder.promptFormat(), folder.chatTemplate(), folder.aids().isPresent());
    }

    /** The chat template when it writes this task's prompt (the folder's own task template wins: its model was trained on it). */
    private Optional<ChatTemplate> chatFor(DraftingTask task) {
        return format.isDeclared(task) ? Optional.empty() : chat;
    }

    /** A request, or the sentence telling the user why there is none. */
    public record Built(Optional<AssistRequest> request, String problem) {
        static Built of(AssistRequest r) {
            return new Built(Optional.of(r), "");
        }

        static Built no(String why) {
            return new Built(Optional.empty(), why);
        }
    }

    public Built abstractFromClaims(String claims) {
        if (claims.isBlank()) {
            return Built.no("Write the claims first: the abstract is drafted from them.");
        }
        return task(AssistAction.DRAFT_ABSTRACT, claims.strip(), ABSTRACT_TOKENS,
                () -> DraftLeads.abstractOf(claims.strip()).orElse(""));
    }

    public Built titleFromClaims(String claims) {
        if (claims.isBlank()) {
            return Built.no("Write the claims first: the title is drafted from them.");
        }
        return task(AssistAction.DRAFT_TITLE, claims.strip(), TITLE_TOKENS,
                () -> DraftLeads.titleOf(claims.strip()).orElse(""));
    }

    /**
     * An independent claim drafted from the abstract; Accept adds it after the last claim (numbered on from there by
     * the draft check, as claim 1 when there are no claims yet).
     */
    public Built claimFromAbstract(String abstractText) {
        if (abstractText.isBlank()) {
            return Built.no("Write the abstract first: claim 1 is drafted from it.");
        }
        String text = abstractText.strip();
        return task(AssistAction.DRAFT_CLAIM, text, CLAIM_TOKENS, () -> DraftLeads.claimFromAbstract(text).orElse(""));
    }

    /** Dependent claims for the claim at {@code caret}. */
    public Built dependentsFor(String claims, int caret) {
        Optional<Claim> claim = CaretClaim.at(claims, caret);
        if (claim.isEmpty()) {
            return Built.no("Put the caret in a numbered claim (\u201c1. A device \u2026\u201d) first.");
        }
        String text = claims.substring(claim.get().start(), claim.get().end());
        // The first dependent claim starts with the parent's own subject, numbered after the last claim (Accept adds
        // it at the end of the claims); the model goes on from there.
        int number = CaretClaim.nextNumber(claims);
        Optional<ChatTemplate> t = chatFor(DraftingTask.INDEPENDENT_TO_DEPENDENT);
        if (t.isPresent()) { // the numbers are the model's to write: say which
            return chatted(AssistAction.SUGGEST_DEPENDENTS, t.get(),
                    DraftingMessages.rules(DraftingTask.INDEPENDENT_TO_DEPENDENT), "", text,
                    "\n\nNumber the dependent claims from " + number + "; each depends on claim "
                            + claim.get().number() + ".", DEPENDENT_TOKENS, "", 0, 0);
        }
        Prompt p = format.prompt(DraftingTask.INDEPENDENT_TO_DEPENDENT, text);
        if (!leads) {
            return Built.of(simple(AssistAction.SUGGEST_DEPENDENTS, p, DEPENDENT_TOKENS));
        }
        // Each further claim begins the same way, numbered on ("13. The electronic key system of claim 12, wherein").
        return Built.of(led(AssistAction.SUGGEST_DEPENDENTS, p, DEPENDENT_TOKENS,
                DraftLeads.dependentOf(text, number).orElse(""))
                .withLineLeads(DraftLeads.dependentLinesOf(text, number).orElse(LineLeads.NONE)));
    }

    /** A detailed-description paragraph for the claim at {@code caret}. */
    public Built paragraphFor(String claims, int caret) {
        StyleRange claim = PatentLexicon.claimAround(claims, caret);
        if (claim == null) {
            return Built.no("Put the caret in a numbered claim first.");
        }
        String text = claims.substring(claim.start(), claim.end());
        return task(AssistAction.DESCRIBE_CLAIM, text, PARAGRAPH_TOKENS, () -> "");
    }

    /** A rewrite of the selected text; accepted text replaces exactly that selection. The instruction is the one
     *  PatentGPT-mini was tuned on (onnx-models/training/patentgpt/rewrite_data.py): keep the two word for word. */
    public Built rewrite(String selected, int start, int end) {
        if (selected.isBlank()) {
            return Built.no("Select the text to rewrite first.");
        }
        Optional<ChatTemplate> t = chatFor(DraftingTask.INSTRUCT);
        if (t.isPresent()) {
            return chatted(AssistAction.REWRITE_SELECTION, t.get(), DraftingMessages.rewriteRules(), "", selected, "",
                    REWRITE_TOKENS, selected, start, end);
        }
        Prompt base = instruct(selected);
        Prompt p = new Prompt(base.head() + "Rewrite the following patent text more clearly, keeping its meaning and reference numerals.\n\n",
                base.body(), base.tail());
        return Built.of(new AssistRequest(AssistAction.REWRITE_SELECTION, p, REWRITE_TOKENS, selected, start, end));
    }

    /** An explanation of a finding, with the claim it is about as context; the instruction's first line is the one
     *  PatentGPT-mini was tuned on (sft_data.explain_instruction). */
    public Built explain(FindingItem finding, String claims) {
        if (finding == null) {
            return Built.no("Select a finding in the Findings panel first.");
        }
        String context = "";
        if (finding.claim() > 0) {
            int at = PatentLexicon.claimStart(claims, finding.claim());
            StyleRange claim = at < 0 ? null : PatentLexicon.claimAround(claims, at);
            context = claim == null ? "" : claims.substring(claim.start(), claim.end());
        }
        String cited = finding.message() + (finding.citation().isEmpty() ? "" : " (" + finding.citation() + ")");
        Optional<ChatTemplate> t = chatFor(DraftingTask.INSTRUCT);
        if (t.isPresent()) {
            return chatted(AssistAction.EXPLAIN_FINDING, t.get(), DraftingMessages.explainRules(), "Finding: " + cited
                    + (context.isEmpty() ? "" : "\n\nClaim:\n"), context, "", EXPLAIN_TOKENS, "", 0, 0);
        }
        String instruction = "Explain this finding to a patent drafter and suggest a fix.\nFinding: " + cited + "\n\n";
        Prompt base = instruct(context);
        return Built.of(simple(AssistAction.EXPLAIN_FINDING, new Prompt(base.head() + instruction, base.body(), base.tail()), EXPLAIN_TOKENS));
    }

    /**
     * A drafting task's request: as messages through the chat template, else with the folder's template and, when the
     * folder asks for PatentDesk's aids, the draft's first words ({@code lead}) written for the model.
     */
    private Built task(AssistAction action, String input, int tokens, java.util.function.Supplier<String> lead) {
        Optional<ChatTemplate> t = chatFor(action.task());
        if (t.isPresent()) {
            return chatted(action, t.get(), DraftingMessages.rules(action.task()), "", input, "", tokens, "", 0, 0);
        }
        Prompt p = format.prompt(action.task(), input);
        String first = leads ? lead.get() : "";
        return Built.of(first.isEmpty() ? simple(action, p, tokens) : led(action, p, tokens, first));
    }

    /** A request whose prompt is the chat template's rendering of the rules and the user's text (no lead). */
    private static Built chatted(AssistAction action, ChatTemplate template, String system, String before, String body,
            String after, int tokens, String anchor, int start, int end) {
        try {
            Prompt p = DraftingMessages.prompt(template, system, before, body, after);
            return Built.of(new AssistRequest(action, p, tokens, anchor, start, end));
        } catch (InferenceException e) {
            return Built.no(e.getMessage());
        }
    }

    /** The model's free-instruction prompt ("instruction, blank line, text") around {@code text}. */
    private Prompt instruct(String text) {
        return format.prompt(DraftingTask.INSTRUCT, text);
    }

    /** A request whose answer begins with {@code lead} (DraftLeads), written at the end of the prompt. */
    private static AssistRequest led(AssistAction action, Prompt p, int tokens, String lead) {
        return new AssistRequest(action, p.withLead(lead), tokens, "", 0, 0, lead);
    }

    private static AssistRequest simple(AssistAction action, Prompt prompt, int tokens) {
        return new AssistRequest(action, prompt, tokens, "", 0, 0);
    }
}
