package io.patentdesk.app.ui.assist;

import io.patentdesk.inference.Prompt;
import io.patentdesk.inference.aids.LineLeads;

/**
 * One request to the assistant.
 *
 * @param action    what was asked
 * @param prompt    the prompt, with the user's text as the body (the part whose end is cut when too long)
 * @param maxTokens how many tokens to generate at most
 * @param anchor    for {@link AssistAction.Target#SELECTION}: the text that was selected, to check before replacing
 * @param start     selection start in the area it came from
 * @param end       selection end
 * @param lead      the answer's first words, already at the end of the prompt: the draft is the lead, then what the
 *                  model writes ("" for none)
 * @param lineLeads how each further line of the draft begins (each further dependent claim), written for the model
 */
public record AssistRequest(AssistAction action, Prompt prompt, int maxTokens, String anchor, int start, int end,
        String lead, LineLeads lineLeads) {

    public AssistRequest(AssistAction action, Prompt prompt, int maxTokens, String anchor, int start, int end) {
        this(action, prompt, maxTokens, anchor, start, end, "", LineLeads.NONE);
    }

    public AssistRequest(AssistAction action, Prompt prompt, int maxTokens, String anchor, int start, int end,
            String lead) {
        this(action, prompt, maxTokens, anchor, start, end, lead, LineLeads.NONE);
    }

    /** The same request with line leads (everything else kept). */
    public AssistRequest withLineLeads(LineLeads leads) {
        return new AssistRequest(action, prompt, maxTokens, anchor, start, end, lead, leads);
    }

    /** The same request with another token budget (the lead and everything else kept). */
    public AssistRequest withMaxTokens(int tokens) {
        return new AssistRequest(action, prompt, tokens, anchor, start, end, lead, lineLeads);
    }
}
