package io.patentdesk.inference.aids;

import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.spi.AidContext;
import io.patentdesk.inference.spi.AidSettings;
import io.patentdesk.inference.spi.FolderAids;
import io.patentdesk.inference.spi.StepAids;
import java.util.EnumMap;
import java.util.Map;

/**
 * The aids one folder's {@code patentdesk.json} switches on: the model-wide settings (its {@code "sampling"}'s aid
 * keys, no word rules) and each task's (its own {@code "sampling"}'s aid keys where it has one, its word rules).
 */
final class PatentFolderAids implements FolderAids {

    private final PatentAidSettings modelWide;
    private final Map<DraftingTask, PatentAidSettings> tasks;

    PatentFolderAids(PatentAidSettings modelWide, Map<DraftingTask, PatentAidSettings> tasks) {
        this.modelWide = modelWide;
        this.tasks = tasks.isEmpty() ? Map.of() : new EnumMap<>(tasks);
    }

    @Override
    public AidSettings modelWide() {
        return modelWide;
    }

    @Override
    public AidSettings forTask(DraftingTask task) {
        return tasks.getOrDefault(task, modelWide);
    }

    @Override
    public StepAids start(AidSettings settings, AidContext context) {
        return settings instanceof PatentAidSettings s ? PatentStepAids.of(s, context) : null;
    }
}
