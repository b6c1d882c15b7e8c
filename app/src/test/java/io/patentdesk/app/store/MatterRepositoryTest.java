package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import io.patentdesk.app.matter.MatterSummary;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.matter.SuppressedFinding;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatterRepositoryTest {
    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aSavedMatterLoadsBackEqualIncludingSectionsAndSuppressions() {
        Matter m = ws.matters().create("Hinge")
                .withClaims("1. A hinge comprising a pin.\n2. The hinge of claim 1, wherein said pin is steel.")
                .withSection(Section.BACKGROUND, "Hinges are old. 中文 ≤ 5")
                .withSection(Section.ABSTRACT, "A hinge.")
                .withSuppression(new SuppressedFinding("antecedent-basis", "said pin", "defined in claim 1"));
        ws.matters().save(m);

        Matter back = ws.matters().get(m.id());
        assertThat(back).isEqualTo(m);
        assertThat(back.section(Section.BACKGROUND)).isEqualTo("Hinges are old. 中文 ≤ 5");
        assertThat(back.suppressions()).singleElement().extracting(SuppressedFinding::note)
                .isEqualTo("defined in claim 1");
    }

    @Test
    void searchFindsMattersByTheirContentNotOnlyTheirNames() {
        Matter hinge = ws.matters().create("Hinge").withClaims("1. A hinge comprising a Steel pin.")
                .withSection(Section.BACKGROUND, "Doors swing on 合页.");
        Matter lamp = ws.matters().create("Lamp").withDocket("ACME-100%").withSection(Section.SUMMARY, "A bulb.");
        ws.matters().save(hinge);
        ws.matters().save(lamp);

        assertThat(ws.matters().search("steel PIN")).containsExactly(hinge.id());
        assertThat(ws.matters().search("合页")).containsExactly(hinge.id());
        assertThat(ws.matters().search("bulb")).containsExactly(lamp.id());
        assertThat(ws.matters().search("lamp")).containsExactly(lamp.id());
        assertThat(ws.matters().search("100%")).containsExactly(lamp.id());
        assertThat(ws.matters().search("%")).containsExactly(lamp.id()); // a plain character, not a wildcard
        assertThat(ws.matters().search("valve")).isEmpty();
        assertThat(ws.matters().search("  ")).isEmpty();
    }

    @Test
    void savingAgainReplacesSectionsAndSuppressions() {
        Matter m = ws.matters().create("Hinge").withSection(Section.SUMMARY, "old")
                .withSuppression(new SuppressedFinding("r", "a"));
        ws.matters().save(m);
        Matter edited = m.withSection(Section.SUMMARY, "").withSection(Section.TITLE, "Hinge")
                .withSuppressions(java.util.List.of());
        ws.matters().save(edited);

        Matter back = ws.matters().get(m.id());
        assertThat(back.section(Section.SUMMARY)).isEmpty();
        assertThat(back.section(Section.TITLE)).isEqualTo("Hinge");
        assertThat(back.suppressions()).isEmpty();
    }

    @Test
    void listIsNewestFirstAndDeleteRemoves() throws InterruptedException {
        Matter a = ws.matters().create("A");
        Thread.sleep(5);
        Matter b = ws.matters().create("B");
        assertThat(ws.matters().list()).extracting(MatterSummary::title).containsExactly("B", "A");

        assertThat(ws.matters().delete(b.id())).isTrue();
        assertThat(ws.matters().delete(b.id())).isFalse();
        assertThat(ws.matters().list()).extracting(MatterSummary::id).containsExactly(a.id());
        assertThat(ws.matters().load(b.id())).isEmpty();
    }

    @Test
    void aMissingMatterIsAClearError() {
        MatterId nobody = MatterId.random();
        assertThatThrownBy(() -> ws.matters().get(nobody)).isInstanceOf(StoreException.class)
                .hasMessageContaining("no longer exists");
    }

    @Test
    void contentSurvivesReopening() {
        Matter m = ws.matters().create("Kept").withClaims("1. A widget.");
        ws.matters().save(m);
        ws.close();
        ws = Workspace.open(dir);
        assertThat(ws.matters().get(m.id()).claims()).isEqualTo("1. A widget.");
    }

    @Test
    void theSchemaIsMigratedToTheNewestVersionOnceAndWalIsOn() throws Exception {
        assertThat(ws.schemaVersion()).isEqualTo(Migrations.available().size()).isPositive();
        ws.close();
        ws = Workspace.open(dir); // a second open must not re-apply migrations (would fail on CREATE TABLE)
        assertThat(ws.schemaVersion()).isEqualTo(Migrations.available().size());
        try (var c = Workspace.connect(ws.databaseFile()); var st = c.createStatement();
                var rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }
}
