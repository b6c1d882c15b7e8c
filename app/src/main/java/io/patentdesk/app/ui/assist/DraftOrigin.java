package io.patentdesk.app.ui.assist;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import java.util.Locale;

/**
 * What a draft belongs to: the matter it was made for (drafts are confidential to their matter, so it never goes into
 * another) and the text it was made from (its anchor).
 *
 * @param matter      the matter the draft was made for
 * @param matterTitle its title then, for messages
 * @param input       the part of the matter the draft was made from
 * @param anchor      that part's text then
 * @param snapshot    the whole matter then (with the editors' text), which a drafted claim is checked with
 */
public record DraftOrigin(MatterId matter, String matterTitle, DraftInput input, String anchor, Matter snapshot) {

    /** The origin of a draft of {@code input} asked for now, in {@code m} (with the editors' text pushed into it). */
    public static DraftOrigin of(Matter m, DraftInput input) {
        return new DraftOrigin(m.id(), m.title(), input, input.textIn(m), m);
    }

    /** Whether this draft may be inserted into {@code open} (the matter open now, with the editors' latest text). */
    public AcceptCheck check(Matter open) {
        if (open == null || !open.id().equals(matter)) {
            return AcceptCheck.refuse("Draft for another matter", "This draft was made for " + quoted(matterTitle)
                    + (open == null ? ", which is no longer open" : ", not for " + quoted(open.title()))
                    + "; it was not inserted.");
        }
        String now = input.textIn(open);
        if (now != null && now.equals(anchor)) {
            return AcceptCheck.INSERT;
        }
        if (input instanceof DraftInput.Selection) {
            // A rewrite replaces exactly the selected range: with other text there it would overwrite the wrong words.
            return AcceptCheck.refuse("Selection changed", "The text you selected has changed since; the rewrite was"
                    + " not applied. Copy it from the preview instead.");
        }
        String name = input.name();
        return AcceptCheck.ask(name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1) + " changed",
                "The " + name + " changed since this draft was made. Insert it anyway?");
    }

    static String quoted(String title) {
        return "\u201c" + (title == null || title.isBlank() ? "Untitled matter" : title) + "\u201d";
    }
}
