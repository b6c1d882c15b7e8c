package io.patentdesk.app.ui.assist;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;

/**
 * The part of a matter a draft is made from. Its text when the draft was asked for is the draft's anchor: Accept
 * compares it with the text now, so a draft of text that has changed since is never inserted unasked.
 */
public sealed interface DraftInput {
    /** The input's text in {@code m} now, or null when it is no longer there (a selection past the end). */
    String textIn(Matter m);

    /** What the user calls it, for "The claims changed since this draft was made". */
    String name();

    /** The input of an action that drafts from a whole part of the matter (every action but a rewrite). */
    static DraftInput of(AssistAction action) {
        return switch (action) {
            case PARTS_LIST -> new Description();
            case DRAFT_CLAIM -> new Abstract();
            case REWRITE_SELECTION -> throw new IllegalArgumentException("a rewrite drafts from its selection");
            default -> new Claims();
        };
    }

    /** The claims: every model action but a rewrite drafts from them (the claim at the caret, the finding's claim). */
    record Claims() implements DraftInput {
        @Override
        public String textIn(Matter m) {
            return m.claims();
        }

        @Override
        public String name() {
            return "claims";
        }
    }

    /**
     * The claims, drafted on from the claim the caret was in: suggested dependents, which are numbered after the last
     * claim and depend on that claim whatever numbers the model wrote ({@code DependentClaimNumbering}).
     *
     * @param parent the number of the claim the caret was in
     */
    record DependentsOf(int parent) implements DraftInput {
        @Override
        public String textIn(Matter m) {
            return m.claims();
        }

        @Override
        public String name() {
            return "claims";
        }
    }

    /** The abstract, which claim 1 is drafted from. */
    record Abstract() implements DraftInput {
        @Override
        public String textIn(Matter m) {
            return m.section(Section.ABSTRACT);
        }

        @Override
        public String name() {
            return "abstract";
        }
    }

    /** The drawings' description and the detailed description, which the parts list is read from. */
    record Description() implements DraftInput {
        @Override
        public String textIn(Matter m) {
            return m.section(Section.BRIEF_DESCRIPTION_OF_THE_DRAWINGS) + "\n\n" + m.section(Section.DETAILED_DESCRIPTION);
        }

        @Override
        public String name() {
            return "description";
        }
    }

    /**
     * Selected text, replaced exactly by the rewrite.
     *
     * @param part  "claims" or a section key ({@link Section#key()}), as the document names its areas
     * @param start where the selection starts in that part
     * @param end   where it ends
     */
    record Selection(String part, int start, int end) implements DraftInput {
        @Override
        public String textIn(Matter m) {
            String text = "claims".equals(part) ? m.claims() : Section.ofKey(part).map(m::section).orElse(null);
            return text == null || start < 0 || end > text.length() || start > end ? null : text.substring(start, end);
        }

        @Override
        public String name() {
            return "selected text";
        }
    }
}
