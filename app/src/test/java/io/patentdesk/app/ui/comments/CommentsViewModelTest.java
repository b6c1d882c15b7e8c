package io.patentdesk.app.ui.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.UserError;
import io.patentdesk.app.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comments panel's model: add on a range, follow edits, detach when the text goes, delete, export. */
class CommentsViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    MatterViewModel matters;
    CommentsViewModel comments;
    final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir);
        EventBus bus = new EventBus();
        bus.subscribe(UserError.class, e -> errors.add(e.toString()));
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        matters = new MatterViewModel(workspace, tasks, bus);
        comments = new CommentsViewModel(workspace, matters, tasks, bus);
    }

    @AfterEach
    void close() {
        matters.close();
        workspace.close();
    }

    @Test
    void commentsFollowTheirTextAndAreStoredWithTheMatter() {
        matters.create("Lamp");
        matters.edit(m -> m.withClaims("1. A lamp comprising a bulb and a socket."));
        matters.flushNow();
        String claims = matters.current().claims();
        comments.add(Comment.CLAIMS, claims.indexOf("socket"), claims.indexOf("socket") + 6, "  Threaded?  ");
        assertThat(errors).isEmpty();
        assertThat(comments.rows()).singleElement().satisfies(r -> {
            assertThat(r.comment().quote()).isEqualTo("socket");
            assertThat(r.comment().text()).isEqualTo("Threaded?");
            assertThat(r.detached()).isFalse();
        });
        assertThat(workspace.comments().list(matters.current().id())).hasSize(1);

        matters.edit(m -> m.withClaims("1. A desk lamp comprising a bulb and a socket."));
        comments.refresh();
        Comment moved = comments.rows().getFirst().comment();
        assertThat(matters.current().claims().substring(moved.start(), moved.end())).isEqualTo("socket");
        assertThat(comments.forExport()).containsExactly(moved);

        matters.edit(m -> m.withClaims("1. A desk lamp comprising a bulb."));
        comments.refresh();
        assertThat(comments.rows()).singleElement().extracting(CommentsViewModel.Row::detached).isEqualTo(true);
        assertThat(comments.forExport()).isEmpty();

        comments.delete(comments.rows().getFirst());
        assertThat(comments.rows()).isEmpty();
        assertThat(workspace.comments().list(matters.current().id())).isEmpty();
    }

    @Test
    void anEmptySelectionIsRefusedWithAMessage() {
        matters.create("Lamp");
        matters.edit(m -> m.withClaims("1. A lamp."));
        comments.add(Comment.CLAIMS, 3, 3, "On nothing");
        assertThat(errors).singleElement().asString().contains("Select the text the comment is on first.");
        assertThat(comments.rows()).isEmpty();
    }
}
