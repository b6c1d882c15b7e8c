package io.patentdesk.app.ui.assist;

import io.patentdesk.inference.ContextPolicy;
import io.patentdesk.inference.DraftingTask;

/** What the user can ask the local model for, and where accepted text goes. */
public enum AssistAction {
    DRAFT_ABSTRACT("Draft abstract", "Abstract from the claims", Target.ABSTRACT),
    DRAFT_TITLE("Draft title", "Title from the claims", Target.TITLE),
    SUGGEST_DEPENDENTS("Suggest dependent claims", "Dependent claims for the claim at the caret", Target.CLAIMS_END),
    DRAFT_CLAIM("Draft claim 1", "An independent claim from the abstract, added after the last claim", Target.CLAIMS_END),
    DESCRIBE_CLAIM("Describe claim", "A detailed-description paragraph for the claim at the caret", Target.DESCRIPTION_END),
    REWRITE_SELECTION("Rewrite selection", "A clearer version of the selected text", Target.SELECTION),
    EXPLAIN_FINDING("Explain finding", "What the selected finding means and how to fix it", Target.NONE),
    SUMMARY_FROM_CLAIMS("Summary from claims", "One summary paragraph per independent claim, word for word", Target.SUMMARY_END, false),
    SUMMARY_WITH_EMBODIMENTS("Summary with embodiments", "Summary paragraphs for every claim", Target.SUMMARY_END, false),
    PARTS_LIST("Parts list", "The reference numerals of the description with their names", Target.DESCRIPTION_END, false),
    CLAIM_SKELETONS("Claim skeletons", "Method / apparatus / medium versions of each independent claim", Target.CLAIMS_END, false);

    /** Where the accepted text lands. */
    public enum Target { ABSTRACT, TITLE, CLAIMS_END, SUMMARY_END, DESCRIPTION_END, SELECTION, NONE }

    private final String label;
    private final String description;
    private final Target target;
    private final boolean usesModel;

    AssistAction(String label, String description, Target target) {
        this(label, description, target, true);
    }

    AssistAction(String label, String description, Target target, boolean usesModel) {
        this.label = label;
        this.description = description;
        this.target = target;
        this.usesModel = usesModel;
    }

    /** False for the deterministic drafting actions, which track the claims exactly and need no model. */
    public boolean usesModel() {
        return usesModel;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public Target target() {
        return target;
    }

    /** The model's drafting task behind this action (its prompt and suggested sampling), or null for none. */
    public DraftingTask task() {
        return switch (this) {
            case DRAFT_ABSTRACT -> DraftingTask.CLAIMS_TO_ABSTRACT;
            case DRAFT_TITLE -> DraftingTask.CLAIMS_TO_TITLE;
            case SUGGEST_DEPENDENTS -> DraftingTask.INDEPENDENT_TO_DEPENDENT;
            case DRAFT_CLAIM -> DraftingTask.ABSTRACT_TO_CLAIM;
            case DESCRIBE_CLAIM -> DraftingTask.CLAIM_TO_DESCRIPTION;
            case REWRITE_SELECTION, EXPLAIN_FINDING -> DraftingTask.INSTRUCT;
            default -> null;
        };
    }

    /**
     * What the engine does with an input too long for the model. A rewrite replaces exactly the selection, so the
     * model must have read all of it: refused, never cut (a rewrite of the start would replace the whole selection).
     * The other actions' inputs lead with what matters most (claim 1, the claim at the caret, the finding): their
     * end is cut, as in the model's training, and the note says so.
     */
    public ContextPolicy contextPolicy() {
        return this == REWRITE_SELECTION ? ContextPolicy.FAIL : ContextPolicy.TRUNCATE_RIGHT;
    }
}
