package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.Matter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comments stored with their matter: saved, edited, listed in reading order, deleted with it; schema 2 migrated. */
class CommentRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void commentsAreKeptWithTheirMatterAndGoWithIt() {
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = ws.matters().create("Lamp").withClaims("1. A lamp comprising a bulb.");
            ws.matters().save(m);
            Comment onBulb = Comment.on(Comment.CLAIMS, m.claims(), 23, 27, "Which bulb? LED?");
            Comment onAbstract = Comment.on("abstract", "A lamp.", 2, 6, "Too short.");
            ws.comments().save(m.id(), onAbstract);
            ws.comments().save(m.id(), onBulb);
            assertThat(ws.comments().list(m.id())).containsExactly(onBulb, onAbstract);
            assertThat(onBulb.quote()).isEqualTo("bulb");

            ws.comments().save(m.id(), onBulb.withText("Say LED."));
            assertThat(ws.comments().list(m.id())).first().extracting(Comment::text).isEqualTo("Say LED.");
            ws.comments().delete(onAbstract.id());
            assertThat(ws.comments().list(m.id())).extracting(Comment::id).containsExactly(onBulb.id());

            ws.matters().delete(m.id());
            assertThat(ws.comments().list(m.id())).isEmpty();
        }
    }

    @Test
    void aSchemaTwoWorkspaceIsBackedUpThenGainsTheCommentTable() throws Exception {
        try (var c = Workspace.connect(Files.createDirectories(dir).resolve(Workspace.FILE_NAME))) {
            try (var st = c.createStatement()) { // a workspace as schema 2 left it
                st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_ms INTEGER NOT NULL)");
                for (int v = 0; v < 2; v++) {
                    for (String sql : Migrations.statements(Migrations.available().get(v))) {
                        st.execute(sql);
                    }
                    st.execute("INSERT INTO schema_version VALUES (" + (v + 1) + ", 0)");
                }
                st.execute("INSERT INTO matter(id, title, claims, created_ms, modified_ms) VALUES ('"
                        + java.util.UUID.randomUUID() + "', 'Old', '1. Old.', 0, 0)");
            }
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.schemaVersion()).isGreaterThanOrEqualTo(3);
            Matter old = ws.matters().get(ws.matters().list().getFirst().id());
            ws.comments().save(old.id(), Comment.on(Comment.CLAIMS, old.claims(), 3, 6, "Old what?"));
            assertThat(ws.comments().list(old.id())).singleElement().extracting(Comment::quote).isEqualTo("Old");
        }
        Backup before = WorkspaceRecovery.backups(dir).stream()
                .filter(b -> b.reason().equals(Backups.BEFORE_MIGRATION)).findFirst().orElseThrow();
        try (var c = WorkspaceInspection.readOnly(before.file()); var st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            assertThat(rs.getInt(1)).as("the backup is the file as schema 2 left it").isEqualTo(2);
        }
    }
}
