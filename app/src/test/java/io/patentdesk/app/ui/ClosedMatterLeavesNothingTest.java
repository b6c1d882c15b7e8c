package io.patentdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.ui.analysis.MatterAnalyzer;
import io.patentdesk.app.ui.assist.QueuedUiExecutor;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the header and status bar show of a matter (its check, its save state) ends when the matter is closed. */
class ClosedMatterLeavesNothingTest {
    @TempDir
    Path dir;
    Workspace workspace;
    MatterViewModel matters;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir);
        matters = new MatterViewModel(workspace, new CurrentThreadTaskExecutor(), new EventBus());
    }

    @AfterEach
    void close() {
        matters.close();
        workspace.close();
    }

    @Test
    void anAnalysisFinishingAfterItsMatterWentToTheTrashShowsNothing() {
        // The analysis's answer waits for the UI thread, as it does while the user trashes the matter.
        QueuedUiExecutor ui = new QueuedUiExecutor();
        AnalysisViewModel analysis = new AnalysisViewModel(matters, new MatterAnalyzer(), ui, new EventBus());
        matters.create("Lid");
        matters.edit(m -> m.withClaims("1. A lid comprising a cover.\n2. The lid of claim 1, wherein the lever is red."));
        matters.trashCurrent();
        assertThat(matters.current()).isNull();

        ui.drain();
        assertThat(analysis.resultProperty().get()).as("the trashed matter's analysis").isNull();
        assertThat(analysis.runningProperty().get()).isFalse();

        matters.create("Hinge");
        ui.drain();
        assertThat(analysis.resultProperty().get()).as("the next matter's analysis").isNotNull();
        assertThat(analysis.resultProperty().get().analyzed().id()).isEqualTo(matters.current().id());
    }

    @Test
    void theSaveStateGoesWithTheMatter() {
        matters.create("Lid");
        matters.edit(m -> m.withClaims("1. A lid comprising a cover."));
        matters.flushNow();
        assertThat(matters.saveStateProperty().get()).startsWith("Saved ");

        matters.trashCurrent();
        assertThat(matters.saveStateProperty().get()).as("the save state with no matter open").isEmpty();
    }
}
