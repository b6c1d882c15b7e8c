package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.EntitySize;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import io.patentdesk.app.matter.OfficeChoice;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.store.salvage.SqlitePages;
import io.patentdesk.app.store.salvage.TableLeafScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A matter's office and USPTO entity size (schema 4): stored and read back, carried by versions, duplicates, backups
 * and the command line's reads; a schema 3 workspace gains them with its data (and checksums) intact.
 */
class MatterOfficeStoreTest {
    @TempDir
    Path dir;

    @Test
    void officeAndEntityRoundTripThroughTheRowTheSnapshotAndAReopen() {
        Matter epo;
        Matter micro;
        try (Workspace ws = Workspace.open(dir)) {
            epo = ws.matters().create("Lid").withClaims("1. A lid.").withOffice(OfficeChoice.EPO, EntitySize.LARGE);
            micro = ws.matters().create("Hinge").withOffice(OfficeChoice.USPTO, EntitySize.MICRO);
            ws.matters().save(epo);
            ws.matters().save(micro);
            assertThat(ws.matters().get(epo.id())).isEqualTo(epo);
            long v = ws.history().snapshot(micro, "Micro").id();
            ws.matters().save(micro.withOffice(OfficeChoice.CNIPA, EntitySize.SMALL));
            assertThat(ws.history().read(v).office()).isEqualTo(OfficeChoice.USPTO);
            Matter restored = ws.history().restore(v);
            assertThat(restored.office()).isEqualTo(OfficeChoice.USPTO);
            assertThat(restored.entity()).isEqualTo(EntitySize.MICRO);
            micro = restored;
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.matters().get(epo.id())).isEqualTo(epo);
            assertThat(ws.matters().get(micro.id())).isEqualTo(micro);
        }
        // What the command line and salvage read: only matters whose checksum holds, office included.
        assertThat(WorkspaceInspection.read(dir).matters()).contains(epo, micro);
    }

    @Test
    void aDuplicateAndAChangeOfOfficeAreContentChanges() {
        Matter m = Matter.create("Valve").withOffice(OfficeChoice.JPO, EntitySize.SMALL);
        Matter copy = m.withNewId();
        assertThat(copy.office()).isEqualTo(OfficeChoice.JPO);
        assertThat(copy.entity()).isEqualTo(EntitySize.SMALL);
        assertThat(m.withOffice(OfficeChoice.EPO, EntitySize.SMALL).sameContent(m)).isFalse();
        assertThat(m.withOffice(OfficeChoice.JPO, EntitySize.LARGE).sameContent(m)).isFalse();
        assertThat(m.withOffice(OfficeChoice.JPO, EntitySize.SMALL).sameContent(m)).isTrue();
    }

    @Test
    void aDefaultMatterHasTheJsonFormAndChecksumItHadBeforeSchemaFour() {
        Matter m = Matter.create("Old").withClaims("1. Old.");
        assertThat(MatterJson.write(m)).doesNotContain("\"office\"").doesNotContain("\"entity\"");
        Matter set = m.withOffice(OfficeChoice.CNIPA, EntitySize.MICRO);
        assertThat(MatterJson.write(set)).contains("\"office\":\"cnipa\"").contains("\"entity\":\"micro\"");
        assertThat(MatterJson.read(MatterJson.write(set))).isEqualTo(set);
        // A value written by a newer build that this one does not know reads as the default, not as an error.
        assertThat(MatterJson.read(MatterJson.write(m).replace("\"claims\"", "\"office\":\"kipo\",\"claims\""))
                .office()).isEqualTo(OfficeChoice.AUTOMATIC);
    }

    /** A workspace as schema 3 left it: one matter (with its checksum), a version and a comment. */
    static Matter schemaThreeWorkspace(Path dir) throws Exception {
        Matter m = Matter.create("Old lid").withDocket("OLD-1").withClaims("1. A lid comprising a vent.")
                .withSection(Section.ABSTRACT, "A lid.");
        try (Connection c = Workspace.connect(Files.createDirectories(dir).resolve(Workspace.FILE_NAME));
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_ms INTEGER NOT NULL)");
            for (int v = 0; v < 3; v++) {
                for (String sql : Migrations.statements(Migrations.available().get(v))) {
                    st.execute(sql);
                }
                st.execute("INSERT INTO schema_version VALUES (" + (v + 1) + ", 0)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO matter(id, title, claims, created_ms, "
                    + "modified_ms, docket, content_sha) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, m.id().value());
                ps.setString(2, m.title());
                ps.setString(3, m.claims());
                ps.setLong(4, m.created().toEpochMilli());
                ps.setLong(5, m.modified().toEpochMilli());
                ps.setString(6, m.docket());
                ps.setString(7, MatterJson.checksum(m));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO matter_section(matter_id, section, text) VALUES (?, ?, ?)")) {
                ps.setString(1, m.id().value());
                ps.setString(2, Section.ABSTRACT.key());
                ps.setString(3, m.section(Section.ABSTRACT));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO matter_version(matter_id, saved_ms, label, content) VALUES (?, ?, 'First', ?)")) {
                ps.setString(1, m.id().value());
                ps.setLong(2, m.modified().toEpochMilli());
                ps.setString(3, MatterJson.write(m));
                ps.executeUpdate();
            }
            CommentRepository.saveIn(c, m.id(), Comment.on(Comment.CLAIMS, m.claims(), 5, 8, "Which lid?"));
        }
        return m;
    }

    @Test
    void aSchemaThreeWorkspaceKeepsItsDataAndReadsAsAutomaticLargeEntity() throws Exception {
        Matter old = schemaThreeWorkspace(dir);
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.available().size());
            Matter read = ws.matters().get(old.id());
            assertThat(read).isEqualTo(old);
            assertThat(read.office()).isEqualTo(OfficeChoice.AUTOMATIC);
            assertThat(read.entity()).isEqualTo(EntitySize.LARGE);
            assertThat(ws.history().list(old.id())).singleElement().satisfies(v ->
                    assertThat(ws.history().read(v.id())).isEqualTo(old));
            assertThat(ws.comments().list(old.id())).singleElement().extracting(Comment::quote).isEqualTo("lid");
        }
        // The stored checksum still proves the row whole: backups, inspection and salvage keep the matter.
        assertThat(WorkspaceInspection.read(dir).matters()).containsExactly(old);
        SalvagedRows rows = SalvagedRows.sort(new TableLeafScanner(
                SqlitePages.read(dir.resolve(Workspace.FILE_NAME))).rows());
        SalvagedRows.LiveMatter live = rows.live(old.id()).orElseThrow();
        assertThat(live.verified()).isTrue();
        assertThat(live.matter()).isEqualTo(old);
    }

    @Test
    void salvageReadsRowsWrittenBeforeAndAfterSchemaFourSideBySide() throws Exception {
        Matter old = schemaThreeWorkspace(dir);
        Matter set;
        try (Workspace ws = Workspace.open(dir)) { // migrates; the old row keeps its seven columns on disk
            set = ws.matters().create("New").withClaims("1. A hinge.").withOffice(OfficeChoice.EPO, EntitySize.SMALL);
            ws.matters().save(set);
        }
        WorkspaceSalvageTest.overwritePage(dir.resolve(Workspace.FILE_NAME), 1, new java.util.Random(11));
        SalvagePlan plan = WorkspaceSalvage.plan(dir);
        assertThat(plan.recovered()).hasSize(2).allMatch(RecoveredMatter::intact);
        WorkspaceSalvage.apply(dir, plan);
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.matters().get(old.id())).isEqualTo(old);
            assertThat(ws.matters().get(set.id())).isEqualTo(set);
            assertThat(ws.matters().get(set.id()).office()).isEqualTo(OfficeChoice.EPO);
            assertThat(ws.comments().list(old.id())).hasSize(1);
        }
    }

    @Test
    void theRowHoldsTheKeysOfOfficeAndEntity() throws Exception {
        Instant created;
        MatterId id;
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = ws.matters().create("X");
            created = m.created();
            id = m.id();
            ws.matters().save(m.withOffice(OfficeChoice.JPO, EntitySize.MICRO));
        }
        try (Connection c = WorkspaceInspection.readOnly(dir.resolve(Workspace.FILE_NAME));
                PreparedStatement ps = c.prepareStatement("SELECT office, entity, created_ms FROM matter WHERE id = ?")) {
            ps.setString(1, id.value());
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getString(1), rs.getString(2))).containsExactly("jpo", "micro");
                assertThat(rs.getLong(3)).isEqualTo(created.toEpochMilli());
            }
        }
    }
}
