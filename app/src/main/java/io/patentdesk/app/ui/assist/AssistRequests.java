package io.patentdesk.app.ui.assist;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.app.assist.CaretClaim;
import io.patentdesk.app.assist.DraftLeads;
import io.patentdesk.editor.FindingItem;
import io.patentdesk.editor.PatentLexicon;
import io.patentdesk.editor.StyleRange;
import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.Prompt;
import io.patentdesk.inference.PromptFormat;
import io.patentdesk.inference.aids.LineLeads;
import java.util.Optional;

/**
 * Builds assistant requests from the document, with the model's own prompt templates. Each returns empty with a
 * reason when the document lacks what the action needs (no claims, no selection).
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

    public AssistRequests(PromptFormat format) {
        this.format = format;
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
        return Built.of(led(AssistAction.DRAFT_ABSTRACT, format.prompt(DraftingTask.CLAIMS_TO_ABSTRACT, claims.strip()),
                ABSTRACT_TOKENS, DraftLeads.abstractOf(claims.strip()).orElse("")));
    }

    public Built titleFromClaims(String claims) {
        if (claims.isBlank()) {
            return Built.no("Write the claims first: the title is drafted from them.");
        }
        return Built.of(led(AssistAction.DRAFT_TITLE, format.prompt(DraftingTask.CLAIMS_TO_TITLE, claims.strip()),
                TITLE_TOKENS, DraftLeads.titleOf(claims.strip()).orElse("")));
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
        return Built.of(led(AssistAction.DRAFT_CLAIM, format.prompt(DraftingTask.ABSTRACT_TO_CLAIM, text), CLAIM_TOKENS,
                DraftLeads.claimFromAbstract(text).orElse("")));
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
        // Each further claim begins the same way, numbered on ("13. The electronic key system of claim 12, wherein").
        return Built.of(led(AssistAction.SUGGEST_DEPENDENTS, format.prompt(DraftingTask.INDEPENDENT_TO_DEPENDENT, text),
                DEPENDENT_TOKENS, DraftLeads.dependentOf(text, number).orElse(""))
                .withLineLeads(DraftLeads.dependentLinesOf(text, number).orElse(LineLeads.NONE)));
    }

    /** A detailed-description paragraph for the claim at {@code caret}. */
    public Built paragraphFor(String claims, int caret) {
        StyleRange claim = PatentLexicon.claimAround(claims, caret);
        if (claim == null) {
            return Built.no("Put the caret in a numbered claim first.");
        }
        String text = claims.substring(claim.start(), claim.end());
        return Built.of(simple(AssistAction.DESCRIBE_CLAIM, format.prompt(DraftingTask.CLAIM_TO_DESCRIPTION, text), PARAGRAPH_TOKENS));
    }

    /** A rewrite of the selected text; accepted text replaces exactly that selection. The instruction is the one
     *  PatentGPT-mini was tuned on (onnx-models/training/patentgpt/rewrite_data.py): keep the two word for word. */
    public Built rewrite(String selected, int start, int end) {
        if (selected.isBlank()) {
            return Built.no("Select the text to rewrite first.");
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
        String instruction = "Explain this finding to a patent drafter and suggest a fix.\nFinding: " + finding.message()
                + (finding.citation().isEmpty() ? "" : " (" + finding.citation() + ")") + "\n\n";
        Prompt base = instruct(context);
        return Built.of(simple(AssistAction.EXPLAIN_FINDING, new Prompt(base.head() + instruction, base.body(), base.tail()), EXPLAIN_TOKENS));
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
