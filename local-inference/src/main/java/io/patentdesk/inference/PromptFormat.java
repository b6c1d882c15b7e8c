package io.patentdesk.inference;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a drafting task and the user's text into a {@link Prompt}, with the templates a model folder declares in
 * {@code patentdesk.json} ({@code "tasks": {"claims_to_abstract": "...{input}..."}}) or plain defaults.
 */
public final class PromptFormat {

    /** The placeholder for the user's text in a template. */
    public static final String INPUT = "{input}";

    /**
     * What {@code patentdesk.json}'s {@code taskInfo} says about a task; any part may be missing (null label or
     * sampling, 0 tokens, empty lists).
     *
     * @param sampling    the task's own sampling, which replaces the model-wide suggestion for it
     * @param stopStrings the task's answer ends before any of these (an abstract is one paragraph: {@code "\n"})
     */
    public record TaskInfo(String label, int maxNewTokens, Sampling sampling, List<String> stopStrings) {
        public TaskInfo {
            stopStrings = List.copyOf(stopStrings);
        }

        public TaskInfo(String label, int maxNewTokens) {
            this(label, maxNewTokens, null, List.of());
        }
    }

    private final Map<DraftingTask, String> templates;
    private final Map<DraftingTask, Boolean> declared;
    private final Map<DraftingTask, TaskInfo> info;

    public PromptFormat(Map<DraftingTask, String> declaredTemplates) {
        this(declaredTemplates, Map.of());
    }

    public PromptFormat(Map<DraftingTask, String> declaredTemplates, Map<DraftingTask, TaskInfo> info) {
        this.templates = new EnumMap<>(DraftingTask.class);
        this.declared = new EnumMap<>(DraftingTask.class);
        this.info = info.isEmpty() ? Map.of() : new EnumMap<>(info);
        for (DraftingTask t : DraftingTask.values()) {
            String template = declaredTemplates.get(t);
            declared.put(t, template != null);
            templates.put(t, template != null ? template : t.defaultTemplate());
        }
    }

    /** Only the defaults, for model folders without {@code patentdesk.json}. */
    public static PromptFormat defaults() {
        return new PromptFormat(Map.of());
    }

    /** The prompt for a task: template head + input (the part that may be cut) + template tail. */
    public Prompt prompt(DraftingTask task, String input) {
        String template = templates.get(task);
        int at = template.indexOf(INPUT);
        return new Prompt(template.substring(0, at), input, template.substring(at + INPUT.length()));
    }

    /** The raw template, with {@value #INPUT} where the text goes. */
    public String template(DraftingTask task) {
        return templates.get(task);
    }

    /** A label for menus: the folder's own, or one made from the task id. */
    public String label(DraftingTask task) {
        TaskInfo i = info.get(task);
        if (i != null && i.label() != null && !i.label().isBlank()) {
            return i.label();
        }
        String words = task.id().replace("_to_", " → ").replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The answer length the model folder suggests for a task, or the given fallback. */
    public int maxNewTokens(DraftingTask task, int fallback) {
        TaskInfo i = info.get(task);
        return i != null && i.maxNewTokens() > 0 ? i.maxNewTokens() : fallback;
    }

    /** The sampling the model folder suggests for a task: its own if it has one, else the given model-wide one. */
    public Sampling sampling(DraftingTask task, Sampling modelWide) {
        TaskInfo i = info.get(task);
        return i != null && i.sampling() != null ? i.sampling() : modelWide;
    }

    /** Strings the task's answer ends before, besides the model's own (none unless the folder says). */
    public List<String> stopStrings(DraftingTask task) {
        TaskInfo i = info.get(task);
        return i == null ? List.of() : i.stopStrings();
    }

    /** Whether the model folder declared this task (the model was trained on it) rather than using the default. */
    public boolean isDeclared(DraftingTask task) {
        return declared.get(task);
    }
}
