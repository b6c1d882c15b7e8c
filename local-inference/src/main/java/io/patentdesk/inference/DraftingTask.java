package io.patentdesk.inference;

/** What a drafter asks the model for; the ids are the keys of {@code tasks} in {@code patentdesk.json}. */
public enum DraftingTask {
    CLAIMS_TO_ABSTRACT("claims_to_abstract", "Claims:\n", "\n\nAbstract:\n"),
    CLAIMS_TO_TITLE("claims_to_title", "Claims:\n", "\n\nTitle:\n"),
    INDEPENDENT_TO_DEPENDENT("independent_to_dependent", "Independent claim:\n", "\n\nDependent claims:\n"),
    CLAIM_TO_DESCRIPTION("claim_to_description", "Claim:\n", "\n\nDetailed description:\n"),
    ABSTRACT_TO_CLAIM("abstract_to_claim", "Abstract:\n", "\n\nClaim 1:\n"),
    /** A free instruction: the instruction, a blank line, then the text it applies to. */
    INSTRUCT("instruct", "", "\n\n");

    private final String id;
    private final String defaultHead;
    private final String defaultTail;

    DraftingTask(String id, String defaultHead, String defaultTail) {
        this.id = id;
        this.defaultHead = defaultHead;
        this.defaultTail = defaultTail;
    }

    public String id() {
        return id;
    }

    /** The template used when a model folder declares none: plain labels any text model can follow. */
    String defaultTemplate() {
        return defaultHead + PromptFormat.INPUT + defaultTail;
    }

    public static DraftingTask byId(String id) {
        for (DraftingTask t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown drafting task: " + id);
    }
}
