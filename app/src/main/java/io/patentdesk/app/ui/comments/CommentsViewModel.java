package io.patentdesk.app.ui.comments;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.UserMessages;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.event.UserError;
import io.patentdesk.app.ui.task.TaskExecutor;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open matter's comments, as the side panel lists them: each where its quoted text is now ({@link
 * Comment#anchoredIn}); a comment whose text was deleted is kept (its quote shown) but marked detached. Reads and
 * writes run on the task executor, never on the FX thread.
 */
@Singleton
public final class CommentsViewModel {
    /** A comment as listed: where it is now, or detached when its text is gone. */
    public record Row(Comment comment, boolean detached) {
    }

    private final Workspace workspace;
    private final MatterViewModel matters;
    private final TaskExecutor tasks;
    private final EventBus bus;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    @Inject
    public CommentsViewModel(Workspace workspace, MatterViewModel matters, TaskExecutor tasks, EventBus bus) {
        this.workspace = workspace;
        this.matters = matters;
        this.tasks = tasks;
        this.bus = bus;
        matters.loadedProperty().addListener((o, was, now) -> refresh());
    }

    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Reads the open matter's comments again and places them in its current text. */
    public void refresh() {
        Matter m = matters.current();
        if (m == null) {
            rows.clear();
            return;
        }
        tasks.submit(() -> placed(m, workspace.comments().list(m.id())), rows::setAll,
                e -> fail("Cannot read the comments", e));
    }

    static List<Row> placed(Matter m, List<Comment> stored) {
        List<Row> out = new ArrayList<>();
        for (Comment c : stored) {
            out.add(c.anchoredIn(Comment.partText(m, c.part())).map(p -> new Row(p, false))
                    .orElseGet(() -> new Row(c, true)));
        }
        return out;
    }

    /**
     * Adds a comment on {@code [start, end)} of {@code part} of the open matter. An empty selection is refused with a
     * message: a comment is on some text.
     */
    public void add(String part, int start, int end, String text) {
        Matter m = matters.current();
        if (m == null) {
            return;
        }
        String partText = Comment.partText(m, part);
        if (start >= end || end > partText.length()) {
            bus.publish(new UserError("Cannot add the comment", "Select the text the comment is on first."));
            return;
        }
        Comment c = Comment.on(part, partText, start, end, text.strip());
        tasks.submit(() -> {
            workspace.comments().save(m.id(), c);
            return c;
        }, saved -> {
            bus.publish(new StatusMessage("Comment added on \u201c" + shortQuote(saved) + "\u201d"));
            refresh();
        }, e -> fail("Cannot save the comment", e));
    }

    public void delete(Row row) {
        Matter m = matters.current();
        if (m == null || row == null) {
            return;
        }
        tasks.submit(() -> {
            workspace.comments().delete(row.comment().id());
            return row;
        }, r -> refresh(), e -> fail("Cannot delete the comment", e));
    }

    /** The comments to export with the open matter, as they are placed now (detached ones are not exported). */
    public List<Comment> forExport() {
        return rows.stream().filter(r -> !r.detached()).map(Row::comment).toList();
    }

    static String shortQuote(Comment c) {
        String q = c.quote().strip().replaceAll("\\s+", " ");
        return q.length() <= 40 ? q : q.substring(0, 39) + "\u2026";
    }

    private void fail(String what, Throwable e) {
        UserMessages.log(what, e);
        bus.publish(new UserError(what, UserMessages.of(e)));
    }
}
