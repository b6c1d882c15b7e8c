package io.patentdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.amend.MatterRedline;
import io.patentdesk.app.amend.Piece;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.store.VersionInfo;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.event.UserError;
import io.patentdesk.app.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version history compares any two versions as a redline and writes their claim listing. */
class VersionRedlineTest {
    @TempDir
    Path dir;
    Workspace workspace;
    MatterViewModel matters;
    VersionHistoryViewModel history;
    final List<String> status = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("data"));
        EventBus bus = new EventBus();
        bus.subscribe(StatusMessage.class, m -> status.add(m.text()));
        bus.subscribe(UserError.class, e -> errors.add(e.toString()));
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        matters = new MatterViewModel(workspace, tasks, bus);
        history = new VersionHistoryViewModel(workspace, matters, tasks, bus);
    }

    @AfterEach
    void close() {
        matters.close();
        workspace.close();
    }

    private VersionInfo version(String label) {
        return history.versions().stream().filter(v -> v.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void twoVersionsCompareWithEachOtherNotWithTheCurrentText() throws Exception {
        matters.create("Lid");
        matters.edit(m -> m.withClaims("1. A lid.\n2. The lid of claim 1, being round."));
        matters.flushNow();
        history.snapshot("As filed");
        matters.edit(m -> m.withClaims("1. A lid with a vent.\n2. The lid of claim 1, being round.")
                .withSection(Section.BACKGROUND, "Lids keep food fresh."));
        matters.flushNow();
        history.snapshot("Response 1");
        matters.edit(m -> m.withClaims("1. A lid with two vents."));

        history.select(List.of(version("Response 1"), version("As filed")));
        MatterRedline r = history.redlineProperty().get();
        assertThat(r).isNotNull();
        List<String> shown = r.paragraphs().stream().map(p -> p.pieces().stream()
                .map(x -> x.kind() == Piece.Kind.ADDED ? "<u>" + x.text() + "</u>" : x.kind() == Piece.Kind.DELETED
                        ? "<s>" + x.text() + "</s>" : x.text()).reduce("", String::concat)).toList();
        assertThat(shown).containsSubsequence("Claims", "1. (Currently amended) A lid<u> with a vent</u>.",
                "2. (Original) The lid of claim 1, being round.", "Background", "<u>Lids keep food fresh.</u>");
        assertThat(history.comparedProperty().get()).startsWith("As filed, ").contains("Response 1, ");

        Path docx = dir.resolve("listing.docx");
        history.exportListing(docx);
        assertThat(errors).isEmpty();
        assertThat(docx).isRegularFile();
        assertThat(status).anyMatch(s -> s.startsWith("Wrote the claim listing (2 claims)"));

        history.select(version("Response 1"));
        assertThat(history.comparedProperty().get()).endsWith("current text");
        assertThat(history.redlineProperty().get().paragraphs()).as("claim 2 is gone from the current text")
                .anySatisfy(p -> assertThat(p.pieces().getFirst().text()).isEqualTo("2. (Canceled)"));
        history.select(List.of());
        assertThat(history.redlineProperty().get()).isNull();
        assertThat(Files.size(docx)).isPositive();
    }
}
