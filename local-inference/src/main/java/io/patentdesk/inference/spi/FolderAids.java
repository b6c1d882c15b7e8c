package io.patentdesk.inference.spi;

import io.patentdesk.inference.DraftingTask;

/** The decoding aids one model folder switched on: their settings per task, and their hooks per generation. */
public interface FolderAids {

    /** The settings for text that is no drafting task (the folder's model-wide ones). */
    AidSettings modelWide();

    /** The settings the folder gives a drafting task. */
    AidSettings forTask(DraftingTask task);

    /**
     * The hooks of one generation.
     *
     * @return null when the settings ask for nothing (or are not this plug-in's)
     */
    StepAids start(AidSettings settings, AidContext context);
}
