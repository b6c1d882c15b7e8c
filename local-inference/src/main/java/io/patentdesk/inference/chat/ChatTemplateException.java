package io.patentdesk.inference.chat;

/**
 * A chat template could not render the messages: the template refused them ({@code raise_exception}, e.g. "roles
 * must alternate") or is not valid Jinja. The message is one line, fit to show to the user.
 */
public final class ChatTemplateException extends Exception {

    private final boolean raisedByTemplate;

    ChatTemplateException(String message, boolean raisedByTemplate) {
        super(message);
        this.raisedByTemplate = raisedByTemplate;
    }

    /** True when the template itself refused the messages with {@code raise_exception}. */
    public boolean raisedByTemplate() {
        return raisedByTemplate;
    }
}
