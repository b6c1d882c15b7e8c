package io.patentdesk.inference;

import io.patentdesk.inference.chat.ChatMessage;
import io.patentdesk.inference.chat.ChatParts;
import io.patentdesk.inference.chat.ChatTemplate;
import io.patentdesk.inference.chat.ChatTemplateException;
import java.util.List;

/**
 * Drafting tasks as a conversation for models with a chat template: a system message with the drafting rules of the
 * task, a user message with the matter's text. The rendered prompt keeps the matter's text as its body, so a text too
 * long for the model loses its end only, never the rules or the assistant's cue.
 */
public final class DraftingMessages {

    private static final String ROLE = "You are an experienced patent attorney drafting a patent application. ";
    private static final String ONLY = " Answer with that text only: no heading, no comment, no quotation marks.";

    private DraftingMessages() {
    }

    /** The drafting rules of a task: what to write and the conventions an examiner checks. */
    public static String rules(DraftingTask task) {
        return ROLE + switch (task) {
            case CLAIMS_TO_ABSTRACT -> "Write the abstract of the disclosure for the claims the user gives: one paragraph"
                    + " of at most 150 words that says what the invention is and what is new in it, in plain sentences."
                    + " Do not use the words \"claim\" or \"said\", legal phrasing such as \"means for\", or reference"
                    + " numerals." + ONLY;
            case CLAIMS_TO_TITLE -> "Write the title of the application for the claims the user gives: short and"
                    + " specific (at most 15 words), naming the claimed subject, without \"new\", \"improved\", trade"
                    + " marks or a final period. Write it on one line." + ONLY;
            case INDEPENDENT_TO_DEPENDENT -> "Write dependent claims for the claim the user gives. Each dependent"
                    + " claim is one sentence on its own line: its number, a period, a reference back to the claim"
                    + " (\"The lock of claim 1, wherein ...\"), then one further feature, ending with a period. Use"
                    + " \"the\" only for elements the claims already introduce and \"a\" or \"an\" for new ones; keep the"
                    + " claim's own terms." + ONLY;
            case CLAIM_TO_DESCRIPTION -> "Write one paragraph of the detailed description that supports the claim the"
                    + " user gives: describe an embodiment of every element of the claim in the claim's own terms, in"
                    + " the present tense, adding how the elements work together. Do not restate the claim as a claim."
                    + ONLY;
            case ABSTRACT_TO_CLAIM -> "Write claim 1, an independent claim, for the invention the user's abstract"
                    + " describes: one sentence beginning \"1. A\" or \"1. An\", a preamble naming the subject, the"
                    + " transition \"comprising:\", then the elements separated by semicolons, each introduced with"
                    + " \"a\" or \"an\" and later referred to with \"the\", ending with a period." + ONLY;
            case INSTRUCT -> "Do what the user asks with the text the user gives." + ONLY;
        };
    }

    /** The rules of "Rewrite selection": the user's text back, clearer, with nothing lost. */
    public static String rewriteRules() {
        return ROLE + "Rewrite the text the user gives more clearly and concisely, keeping its meaning, its technical"
                + " terms and its reference numerals exactly; keep claim language as claim language." + ONLY;
    }

    /** The rules of "Explain finding": what a checker's finding means for the claim and how to fix it. */
    public static String explainRules() {
        return ROLE + "The user gives a finding of an automatic claims checker, the rule it cites and the claim it is"
                + " about. Explain briefly to the drafter what the problem is in this claim and why it matters, then"
                + " suggest a concrete fix, quoting the corrected wording. Be brief and specific.";
    }

    /** The prompt of a task: its rules as the system message, the input as the user message. */
    public static Prompt prompt(ChatTemplate template, DraftingTask task, String input) {
        return prompt(template, rules(task), "", input, "");
    }

    /**
     * A system message and a user message made of {@code before}, the body (the matter's text, the part a too-long
     * prompt loses the end of) and {@code after}; rendered with the template, ending with the assistant's cue.
     *
     * @throws InferenceException when the template refuses the messages or cannot be rendered (one line)
     */
    public static Prompt prompt(ChatTemplate template, String system, String before, String body, String after) {
        List<ChatMessage> messages = List.of(ChatMessage.system(system),
                ChatMessage.user(before + ChatTemplate.BODY + after));
        try {
            ChatParts parts = template.renderAround(messages, body, true);
            return Prompt.templated(parts.head(), parts.body(), parts.tail());
        } catch (ChatTemplateException e) {
            throw new InferenceException("The model's chat template refused the request: " + e.getMessage(), e);
        }
    }
}
