package io.patentdesk.app.ui;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.ui.analysis.AnalysisResult;
import io.patentdesk.app.ui.analysis.MatterAnalyzer;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.editor.FindingItem;
import io.patentdesk.editor.Severity;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Before a matter is exported for filing: checks the text as it is now (off the FX thread, so a result from before the
 * last keystrokes cannot hide an error) and words a warning when it holds errors, naming the first. Suppressed
 * findings do not count: the user decided about those.
 */
public final class ExportPreflight {
    private final MatterAnalyzer analyzer;
    private final TaskExecutor tasks;

    public ExportPreflight(MatterAnalyzer analyzer, TaskExecutor tasks) {
        this.analyzer = analyzer;
        this.tasks = tasks;
    }

    /** Calls {@code then} on the FX thread with the warning for {@code m}, or empty when it has no errors. */
    public void check(Matter m, Consumer<Optional<String>> then, Consumer<Throwable> failed) {
        tasks.submit(() -> warning(analyzer.analyze(m)), then, failed::accept);
    }

    static Optional<String> warning(AnalysisResult r) {
        List<FindingItem> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR && !f.possible())
                .toList();
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        FindingItem first = errors.getFirst();
        String where = first.location();
        return Optional.of("\u201c" + r.analyzed().title() + "\u201d has " + errors.size()
                + (errors.size() == 1 ? " error" : " errors") + " (first: " + (where.isEmpty() ? "" : where + ": ")
                + first.message() + "). A filing with errors may draw an objection. Export anyway?");
    }
}
