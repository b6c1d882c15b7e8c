package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.EntitySize;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.OfficeChoice;
import io.patentdesk.app.store.VersionInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trash keeps a matter whole: its text and office, its version history and its comments come back with it. */
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
}
