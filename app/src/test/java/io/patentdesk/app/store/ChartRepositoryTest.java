package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.prior.ChartCellKey;
import io.patentdesk.app.prior.ChartReview;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A matter's chart kept in the workspace (migration V005): references in order, the specification choice, marks by
 * cell key; all go with the matter. Migrations load V001, V002, ... up to the first missing number, so this test
 * fails (no chart tables) in a build that has V005.sql without a V004.sql.
 */
class ChartRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void theChartStateIsKeptWithItsMatterAndGoesWithIt() {
        ChartCellKey onLatch = new ChartCellKey("ab12", 1, "a latch", ChartCellKey.sha256("The latch is sprung."));
        ChartCellKey onSpec = new ChartCellKey(ChartCellKey.SPECIFICATION, 1, "a latch", ChartCellKey.sha256("x"));
        Matter m;
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.schemaVersion()).isGreaterThanOrEqualTo(5);
            m = ws.matters().create("Lock").withClaims("1. A lock comprising a latch.");
            ws.matters().save(m);
            ws.charts().saveReferences(m.id(), List.of(dir.resolve("b.pdf"), dir.resolve("a.pdf")));
            ws.charts().setIncludesSpecification(m.id(), true);
            ws.charts().saveMark(m.id(), onLatch, new ChartReview.Cell(ChartReview.Mark.PARTLY, "spring only"));
            ws.charts().saveMark(m.id(), onSpec, new ChartReview.Cell(ChartReview.Mark.DISCLOSED, ""));
            ws.charts().saveMark(m.id(), onSpec, new ChartReview.Cell(null, "")); // cleared: deleted
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.charts().references(m.id())).containsExactly(dir.resolve("b.pdf").toAbsolutePath(),
                    dir.resolve("a.pdf").toAbsolutePath());
            assertThat(ws.charts().includesSpecification(m.id())).isTrue();
            assertThat(ws.charts().marks(m.id())).isEqualTo(Map.of(onLatch,
                    new ChartReview.Cell(ChartReview.Mark.PARTLY, "spring only")));
            ws.charts().saveReferences(m.id(), List.of(dir.resolve("a.pdf")));
            assertThat(ws.charts().references(m.id())).containsExactly(dir.resolve("a.pdf").toAbsolutePath());

            ws.matters().delete(m.id());
            assertThat(ws.charts().references(m.id())).isEmpty();
            assertThat(ws.charts().marks(m.id())).isEmpty();
            assertThat(ws.charts().includesSpecification(m.id())).isFalse();
        }
    }
}
