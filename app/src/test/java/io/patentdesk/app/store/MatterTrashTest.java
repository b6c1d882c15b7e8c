package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.EntitySize;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.OfficeChoice;
import io.patentdesk.app.prior.ChartCellKey;
import io.patentdesk.app.prior.ChartReview;
import io.patentdesk.app.store.VersionInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trash keeps a matter whole: its text and office, its version history, its comments and its prior-art chart
 * (references, options, marks) come back with it.
 */
class MatterTrashTest {
    @TempDir
    Path dir;

    private static Matter withHistory(Workspace ws) {
        Matter m = ws.matters().create("Lid").withClaims("1. A lid comprising a vent.")
                .withOffice(OfficeChoice.USPTO, EntitySize.SMALL);
        ws.matters().save(m);
        ws.history().snapshot(m, "Filed");
        m = m.withClaims("1. A lid comprising a vent valve.");
        ws.matters().save(m);
        ws.history().snapshot(m, "Amended");
        ws.comments().save(m.id(), Comment.on(Comment.CLAIMS, m.claims(), 21, 25, "Duckbill or umbrella valve?"));
        return m;
    }

    @Test
    void trashThenRestoreKeepsTheVersionHistoryAndTheComments() {
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = withHistory(ws);
            List<String> labels = ws.history().list(m.id()).stream().map(VersionInfo::label).toList();
            List<Comment> comments = ws.comments().list(m.id());
            MatterTrash trash = new MatterTrash(ws);

            trash.moveToTrash(m.id());
            assertThat(ws.matters().load(m.id())).isEmpty();
            assertThat(ws.history().list(m.id())).as("deleting the row deletes its history").isEmpty();

            Matter back = trash.restore(m.id());
            assertThat(back).isEqualTo(m);
            assertThat(ws.history().list(m.id())).extracting(VersionInfo::label).containsExactlyElementsOf(labels);
            assertThat(ws.comments().list(m.id())).isEqualTo(comments);
            VersionInfo filed = ws.history().list(m.id()).getLast();
            assertThat(ws.history().read(filed.id()).claims()).isEqualTo("1. A lid comprising a vent.");
            assertThat(ws.history().restore(filed.id()).claims()).isEqualTo("1. A lid comprising a vent.");
            assertThat(trash.list()).isEmpty();
        }
    }

    @Test
    void aCopyRestoredBesideItsOriginalGetsItsOwnHistory() {
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = withHistory(ws);
            MatterTrash trash = new MatterTrash(ws);
            trash.moveToTrash(m.id());
            ws.matters().save(m); // the same matter came back meanwhile (e.g. from a backup)
            ws.comments().save(m.id(), Comment.on(Comment.CLAIMS, m.claims(), 3, 6, "On the original."));

            Matter copy = trash.restore(m.id());
            assertThat(copy.id()).isNotEqualTo(m.id());
            assertThat(copy.claims()).isEqualTo(m.claims());
            assertThat(copy.entity()).isEqualTo(EntitySize.SMALL);
            List<VersionInfo> versions = ws.history().list(copy.id());
            assertThat(versions).hasSize(2);
            // A snapshot of the copy restores into the copy, never into the original.
            Matter restored = ws.history().restore(versions.getLast().id());
            assertThat(restored.id()).isEqualTo(copy.id());
            assertThat(ws.matters().get(m.id()).claims()).isEqualTo("1. A lid comprising a vent valve.");
            assertThat(ws.comments().list(copy.id())).extracting(Comment::text)
                    .containsExactly("Duckbill or umbrella valve?");
            assertThat(ws.comments().list(m.id())).extracting(Comment::text).containsExactly("On the original.");
        }
    }

    @Test
    void aTrashFileFromBeforeTheHistoryWentWithItStillRestores() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = ws.matters().create("Old trash").withClaims("1. Old.");
            Path folder = Files.createDirectories(dir.resolve(MatterTrash.FOLDER));
            String format1 = "{\"format\":1,\"trashed\":1700000000000,\"matter\":"
                    + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(MatterJson.write(m)) + "}";
            Files.writeString(folder.resolve(m.id().value() + ".json"), format1, StandardCharsets.UTF_8);
            ws.matters().delete(m.id());

            MatterTrash trash = new MatterTrash(ws);
            assertThat(trash.list()).singleElement().extracting(MatterTrash.Trashed::title).isEqualTo("Old trash");
            assertThat(trash.restore(m.id())).isEqualTo(m);
            assertThat(ws.history().list(m.id())).isEmpty();
        }
    }

    private static final ChartCellKey ON_VENT = new ChartCellKey("c0ffee", 1, "a vent",
            ChartCellKey.sha256("The lid has an opening."));
    private static final ChartCellKey NOTE_ONLY = new ChartCellKey(ChartCellKey.SPECIFICATION, 1, "A lid",
            ChartCellKey.sha256("A cover."));

    /** Charts two references and the specification, marks one cell and leaves a note without a verdict on another. */
    private void chart(Workspace ws, Matter m) {
        ws.charts().saveReferences(m.id(), List.of(dir.resolve("d2.pdf"), dir.resolve("d1.pdf")));
        ws.charts().setIncludesSpecification(m.id(), true);
        ws.charts().saveMark(m.id(), ON_VENT, new ChartReview.Cell(ChartReview.Mark.PARTLY, "opening, no valve"));
        ws.charts().saveMark(m.id(), NOTE_ONLY, new ChartReview.Cell(null, "check the drawings"));
    }

    private void assertCharted(Workspace ws, io.patentdesk.app.matter.MatterId id) {
        assertThat(ws.charts().references(id)).containsExactly(dir.resolve("d2.pdf").toAbsolutePath(),
                dir.resolve("d1.pdf").toAbsolutePath());
        assertThat(ws.charts().includesSpecification(id)).isTrue();
        assertThat(ws.charts().marks(id)).isEqualTo(Map.of(
                ON_VENT, new ChartReview.Cell(ChartReview.Mark.PARTLY, "opening, no valve"),
                NOTE_ONLY, new ChartReview.Cell(null, "check the drawings")));
    }

    @Test
    void trashThenRestoreKeepsTheChartMarksAndReferences() {
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = withHistory(ws);
            chart(ws, m);
            MatterTrash trash = new MatterTrash(ws);

            trash.moveToTrash(m.id());
            assertThat(ws.charts().marks(m.id())).as("deleting the row deletes its chart").isEmpty();

            trash.restore(m.id());
            assertCharted(ws, m.id());
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertCharted(ws, ws.matters().list().getFirst().id());
        }
    }

    @Test
    void aCopyRestoredBesideItsOriginalTakesTheChartWithIt() {
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = withHistory(ws);
            chart(ws, m);
            MatterTrash trash = new MatterTrash(ws);
            trash.moveToTrash(m.id());
            ws.matters().save(m); // the same matter came back meanwhile, without a chart

            Matter copy = trash.restore(m.id());
            assertCharted(ws, copy.id());
            assertThat(ws.charts().marks(m.id())).isEmpty();
            assertThat(ws.charts().references(m.id())).isEmpty();
        }
    }

    @Test
    void aTrashFileFromBeforeTheChartWentWithItStillRestores() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = ws.matters().create("Format 2").withClaims("1. A lid.");
            Comment c = Comment.on(Comment.CLAIMS, m.claims(), 5, 8, "Which lid?");
            Path folder = Files.createDirectories(dir.resolve(MatterTrash.FOLDER));
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            String format2 = "{\"format\":2,\"trashed\":1700000000000,\"matter\":"
                    + json.writeValueAsString(MatterJson.write(m)) + ",\"versions\":[{\"saved\":1690000000000,"
                    + "\"label\":\"Filed\",\"content\":" + json.writeValueAsString(MatterJson.write(m)) + "}],"
                    + "\"comments\":[{\"id\":\"" + c.id() + "\",\"part\":\"claims\",\"start\":5,\"end\":8,"
                    + "\"quote\":\"lid\",\"text\":\"Which lid?\",\"created\":1690000000000}]}";
            Files.writeString(folder.resolve(m.id().value() + ".json"), format2, StandardCharsets.UTF_8);
            ws.matters().delete(m.id()); // create() stored it

            MatterTrash trash = new MatterTrash(ws);
            assertThat(trash.restore(m.id())).isEqualTo(m);
            assertThat(ws.history().list(m.id())).extracting(VersionInfo::label).containsExactly("Filed");
            assertThat(ws.comments().list(m.id())).extracting(Comment::text).containsExactly("Which lid?");
            assertThat(ws.charts().references(m.id())).isEmpty();
            assertThat(ws.charts().marks(m.id())).isEmpty();
            assertThat(ws.charts().includesSpecification(m.id())).isFalse();
        }
    }
}
