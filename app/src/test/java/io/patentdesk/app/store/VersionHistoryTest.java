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
}
