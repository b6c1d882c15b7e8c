package io.patentdesk.app.ui.assist;

/**
 * Whether the draft in the preview may go into the open matter now, and what to tell or ask the user if not.
 *
 * @param verdict what the view does
 * @param title   the dialog's title ("" for {@link Verdict#INSERT})
 * @param message the one-line explanation or question ("" for {@link Verdict#INSERT})
 */
public record AcceptCheck(Verdict verdict, String title, String message) {
    public enum Verdict {
        /** The draft was made for this matter from the text it has now. */
        INSERT,
        /** The draft was made for this matter, but its input has changed since: insert only if the user says so. */
        ASK,
        /** Never insert: another matter, no draft, or the selection it would replace has changed. */
        REFUSE
    }

    static final AcceptCheck INSERT = new AcceptCheck(Verdict.INSERT, "", "");

    static AcceptCheck ask(String title, String question) {
        return new AcceptCheck(Verdict.ASK, title, question);
    }

    static AcceptCheck refuse(String title, String why) {
        return new AcceptCheck(Verdict.REFUSE, title, why);
    }
}
