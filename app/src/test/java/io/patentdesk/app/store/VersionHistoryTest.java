package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionHistoryTest {
    @TempDir
    Path dir;

    @Test
    void snapshotsListNewestFirstDiffByLineAndRestoreKeepsTheReplacedContent() {
        try (Workspace ws = Workspace.open(dir)) {
            Matter v1 = ws.matters().create("Lamp").withClaims("1. A lamp comprising a bulb.\n2. The lamp of claim 1.");
            ws.matters().save(v1);
            VersionInfo first = ws.history().snapshot(v1, "First draft");
            Matter v2 = v1.withClaims("1. A lamp comprising an LED.\n2. The lamp of claim 1.")
                    .withSection(Section.ABSTRACT, "A lamp.");
            ws.matters().save(v2);
            VersionInfo second = ws.history().snapshot(v2, "Second draft");

            assertThat(ws.history().list(v1.id())).extracting(VersionInfo::label)
                    .containsExactly("Second draft", "First draft");

            MatterDiff diff = ws.history().diff(first.id(), second.id());
            assertThat(diff.changes()).hasSize(2);
            assertThat(diff.changes().get(0).removed()).containsExactly("1. A lamp comprising a bulb.");
            assertThat(diff.changes().get(0).added()).containsExactly("1. A lamp comprising an LED.");
            assertThat(diff.changes().get(1).added()).containsExactly("A lamp.");
            assertThat(diff.unified("first", "second", 1)).contains("-1. A lamp comprising a bulb.")
                    .contains("+1. A lamp comprising an LED.");

            Matter restored = ws.history().restore(first.id());
            assertThat(restored.claims()).isEqualTo(v1.claims());
            assertThat(ws.matters().get(v1.id()).sameContent(v1)).isTrue();
            List<VersionInfo> after = ws.history().list(v1.id());
            assertThat(after.get(0).label()).isEqualTo("Before restore");
            assertThat(ws.history().read(after.get(0).id()).claims()).isEqualTo(v2.claims());
        }
    }

    @Test
    void identicalVersionsHaveAnEmptyDiff() {
        Matter m = Matter.create("Same").withClaims("1. X.");
        assertThat(MatterDiff.between(m, m.withTitle("Same")).isEmpty()).isTrue();
    }

    @Test
    void deletingAMatterDeletesItsHistory() {
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = ws.matters().create("Gone");
            ws.history().snapshot(m, "v");
            ws.matters().delete(m.id());
            assertThat(ws.history().list(m.id())).isEmpty();
        }
    }

    @Test
    void oldAutosavesAreThinnedToOnePerDayAndNamedVersionsAreKept() {
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = ws.matters().create("Long-lived");
            java.time.Instant now = java.time.Instant.parse("2026-11-25T12:00:00Z");
            java.time.Instant twoDaysAgo = java.time.Instant.parse("2026-11-23T08:00:00Z");
            for (int i = 0; i < 6; i++) { // six autosaves, ten minutes apart, two days ago
                ws.history().snapshotAt(m.withClaims("1. v" + i), VersionHistory.AUTOSAVE_LABEL,
                        twoDaysAgo.plusSeconds(600L * i));
            }
            ws.history().snapshotAt(m, "Sent to client", twoDaysAgo.plusSeconds(30));
            ws.history().snapshotAt(m, VersionHistory.AUTOSAVE_LABEL, now.minusSeconds(600));
            ws.history().snapshotAt(m, VersionHistory.AUTOSAVE_LABEL, now.minusSeconds(60));

            assertThat(ws.history().pruneAutosaves(m.id(), now)).isEqualTo(5);
            List<VersionInfo> left = ws.history().list(m.id());
            assertThat(left).extracting(VersionInfo::label).containsExactly("Autosave", "Autosave", "Autosave",
                    "Sent to client");
            assertThat(ws.history().read(left.get(2).id()).claims()).isEqualTo("1. v5"); // the day's newest
            assertThat(ws.history().pruneAutosaves(m.id(), now)).isZero();
        }
    }
}
