package io.patentdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.MatterId;
import io.patentdesk.app.matter.SuppressedFinding;
import io.patentdesk.app.store.MatterTrash;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.ui.analysis.MatterAnalyzer;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matters: docket number, duplicate, trash and restore, the last matter reopening; suppressions taken back. */
class MatterLifecycleTest {
    @TempDir
    Path dir;
    Workspace workspace;
    final EventBus bus = new EventBus();
    final List<String> status = new ArrayList<>();
    MatterViewModel matters;
    AnalysisViewModel analysis;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir);
        bus.subscribe(StatusMessage.class, m -> status.add(m.text()));
        matters = new MatterViewModel(workspace, new CurrentThreadTaskExecutor(), bus);
        analysis = new AnalysisViewModel(matters, new MatterAnalyzer(), new CurrentThreadTaskExecutor(), bus);
    }

    @AfterEach
    void close() {
        matters.close();
        workspace.close();
    }

    @Test
    void searchFindsTheMattersWhoseTextContainsTheQuery() {
        matters.create("Lid");
        matters.edit(m -> m.withClaims("1. A lid comprising a vent valve."));
        MatterId lid = matters.current().id();
        matters.create("Hinge");
        matters.flushNow();
        matters.search("VENT valve");
        assertThat(matters.contentMatchesProperty().get()).containsExactly(lid);
        matters.search("");
        assertThat(matters.contentMatchesProperty().get()).isEmpty();
    }

    @Test
    void aDocketNumberIsSavedWithTheMatter() {
        matters.create("Lid");
        matters.setDocket("  ACME-0042US  ");
        matters.flushNow();
        assertThat(workspace.matters().get(matters.current().id()).docket()).isEqualTo("ACME-0042US");
    }

    @Test
    void duplicatingStoresACopyUnderANewIdAndOpensIt() {
        matters.create("Lid");
        matters.edit(m -> m.withClaims("1. A lid comprising a cover."));
        MatterId original = matters.current().id();
        matters.duplicateCurrent();
        assertThat(matters.current().id()).isNotEqualTo(original);
        assertThat(matters.current().title()).isEqualTo("Lid (copy)");
        assertThat(workspace.matters().get(matters.current().id()).claims()).isEqualTo("1. A lid comprising a cover.");
        assertThat(workspace.matters().get(original).claims()).isEqualTo("1. A lid comprising a cover.");
        assertThat(matters.matters()).hasSize(2);
    }

    @Test
    void aTrashedMatterLeavesTheListAndComesBackWhole() throws Exception {
        matters.create("Lid");
        matters.edit(m -> m.withClaims("1. A lid comprising a cover.").withDocket("D-7")
                .withSuppression(new SuppressedFinding("antecedent", "the cover")));
        MatterId id = matters.current().id();
        matters.trashCurrent();
        assertThat(matters.current()).isNull();
        assertThat(matters.matters()).isEmpty();
        assertThat(workspace.matters().load(id)).isEmpty();
        Path file = dir.resolve("trash").resolve(id.value() + ".json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        List<List<MatterTrash.Trashed>> listed = new ArrayList<>();
        matters.listTrash(listed::add);
        assertThat(listed.get(0)).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Lid");
            assertThat(t.docket()).isEqualTo("D-7");
        });

        matters.restoreFromTrash(id);
        assertThat(matters.current().id()).isEqualTo(id);
        assertThat(matters.current().claims()).isEqualTo("1. A lid comprising a cover.");
        assertThat(matters.current().suppressions()).containsExactly(new SuppressedFinding("antecedent", "the cover"));
        assertThat(matters.matters()).hasSize(1);
        assertThat(Files.exists(file)).isFalse();
        assertThat(status).anyMatch(s -> s.contains("Restored"));
    }

    @Test
    void theLastOpenMatterReopensAtTheNextStart() {
        matters.create("First");
        matters.create("Second");
        MatterId second = matters.current().id();
        matters.close();

        MatterViewModel next = new MatterViewModel(workspace, new CurrentThreadTaskExecutor(), bus);
        next.reopenLast();
        assertThat(next.current()).isNotNull();
        assertThat(next.current().id()).isEqualTo(second);
        next.trashCurrent();
        next.close();

        MatterViewModel third = new MatterViewModel(workspace, new CurrentThreadTaskExecutor(), bus);
        third.reopenLast();
        assertThat(third.current()).as("a trashed matter does not reopen").isNull();
        matters = third;
    }

    @Test
    void suppressionsAreListedWithTheMatterAndTakenBackLatestFirst() {
        matters.create("Lid");
        SuppressedFinding a = new SuppressedFinding("antecedent", "the cover");
        SuppressedFinding b = new SuppressedFinding("antecedent", "the rim");
        matters.edit(m -> m.withSuppression(a).withSuppression(b));
        assertThat(analysis.undoLastSuppression()).isTrue();
        assertThat(matters.current().suppressions()).containsExactly(a);
        analysis.unsuppress(a);
        assertThat(matters.current().suppressions()).isEmpty();
        assertThat(analysis.undoLastSuppression()).isFalse();
        assertThat(status).anyMatch(s -> s.contains("No suppressed finding"));
    }
}
