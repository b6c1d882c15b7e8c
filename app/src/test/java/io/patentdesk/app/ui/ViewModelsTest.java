package io.patentdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.ui.analysis.AnalysisResult;
import io.patentdesk.app.ui.analysis.MatterAnalyzer;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.task.CurrentThreadTaskExecutor;
import io.patentdesk.editor.FindingItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matter and analysis view models on a real workspace, run synchronously (no UI thread needed). */
class ViewModelsTest {
    @TempDir
    Path dir;
    Workspace workspace;
    EventBus bus;
    MatterViewModel matters;
    AnalysisViewModel analysis;
    final List<String> status = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir);
        bus = new EventBus();
        bus.subscribe(StatusMessage.class, m -> status.add(m.text()));
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        matters = new MatterViewModel(workspace, tasks, bus);
        analysis = new AnalysisViewModel(matters, new MatterAnalyzer(), tasks, bus);
    }

    @AfterEach
    void close() {
        matters.close();
        workspace.close();
    }

    @Test
    void createsEditsAndSavesAMatter() {
        matters.create("  Docket 42  ");
        assertThat(matters.current().title()).isEqualTo("Docket 42");
        assertThat(matters.matters()).extracting(s -> s.title()).containsExactly("Docket 42");
        matters.edit(m -> m.withClaims("1. A lid comprising a cover."));
        matters.flushNow();
        assertThat(workspace.matters().get(matters.current().id()).claims()).isEqualTo("1. A lid comprising a cover.");
        assertThat(status).anyMatch(s -> s.contains("Created"));
    }

    @Test
    void anEditThatChangesNothingIsIgnored() {
        matters.create("A");
        Matter before = matters.current();
        matters.edit(m -> m.withClaims(""));
        assertThat(matters.current()).isSameAs(before);
    }

    @Test
    void analyzesEveryEditAndSuppressesAFinding() {
        matters.create("Lid");
        matters.edit(m -> m.withClaims("1. A lid comprising a cover.\n2. The lid of claim 1, wherein the lever is red."));
        AnalysisResult r = analysis.resultProperty().get();
        assertThat(r.analyzed()).isSameAs(matters.current());
        FindingItem lever = r.findingsIn("claims").stream().filter(f -> f.message().contains("the lever")).findFirst().orElseThrow();
        String claims = matters.current().claims();
        assertThat(claims.substring(lever.start(), lever.end())).isEqualTo("the lever");
        assertThat(r.claimTree()).hasSize(1);
        assertThat(r.claimTree().get(0).children()).extracting(c -> c.number()).containsExactly(2);

        analysis.suppress(lever);
        assertThat(matters.current().suppressions()).hasSize(1);
        AnalysisResult after = analysis.resultProperty().get();
        assertThat(after.findings()).noneMatch(f -> f.message().contains("the lever"));
        assertThat(after.suppressed()).isEqualTo(1);
    }

    @Test
    void specificationFindingsPointIntoTheirSection() {
        matters.create("Spec");
        matters.edit(m -> m.withClaims("1. A lid comprising a cover plate (12) and a vent (16).")
                .withSection(Section.DETAILED_DESCRIPTION, "The lid has a cover plate 12.\n\nThe cover plate 14 is thin."));
        AnalysisResult r = analysis.resultProperty().get();
        String detailed = matters.current().section(Section.DETAILED_DESCRIPTION);
        for (FindingItem f : r.findingsIn(Section.DETAILED_DESCRIPTION.key())) {
            assertThat(f.end()).isLessThanOrEqualTo(detailed.length());
            assertThat(f.start()).isLessThanOrEqualTo(f.end());
        }
        assertThat(r.findings()).allMatch(f -> List.of("claims", "title", "abstract", "technical_field", "background",
                "summary", "brief_description_of_the_drawings", "detailed_description").contains(f.part()));
    }

    @Test
    void deletesTheOpenMatter() {
        matters.create("Gone");
        matters.deleteCurrent();
        assertThat(matters.current()).isNull();
        assertThat(matters.matters()).isEmpty();
        assertThat(analysis.resultProperty().get()).isNull();
    }

    @Test
    void versionHistoryDiffsAndRestores() {
        matters.create("History");
        matters.edit(m -> m.withClaims("1. A lid."));
        matters.flushNow();
        VersionHistoryViewModel history = new VersionHistoryViewModel(workspace, matters, new CurrentThreadTaskExecutor(), bus);
        history.snapshot("First");
        assertThat(history.versions()).extracting(v -> v.label()).contains("First");
        matters.edit(m -> m.withClaims("1. A lid with a vent."));
        history.select(history.versions().stream().filter(v -> v.label().equals("First")).findFirst().orElseThrow());
        assertThat(history.diffProperty().get()).contains("-1. A lid.").contains("+1. A lid with a vent.");
        Matter loadedBefore = matters.loadedProperty().get();
        history.restore(history.versions().stream().filter(v -> v.label().equals("First")).findFirst().orElseThrow());
        assertThat(matters.current().claims()).isEqualTo("1. A lid.");
        assertThat(matters.loadedProperty().get()).isNotSameAs(loadedBefore).isSameAs(matters.current());
    }
}
