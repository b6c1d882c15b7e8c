package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.EntitySize;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import io.patentdesk.app.matter.OfficeChoice;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.matter.SuppressedFinding;
import io.patentdesk.app.prior.ChartCellKey;
import io.patentdesk.app.prior.ChartReview;
import io.patentdesk.app.store.salvage.SqlitePages;
import io.patentdesk.app.store.salvage.TableLeafScanner;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Salvage of damaged workspaces: raw page reading, merging with backups, and the rebuilt workspace. */
class WorkspaceSalvageTest {
    @TempDir
    Path dir;

    /** Matters of every size: short ones on one page, long ones spilling over several overflow pages. */
    static Matter matter(Random r, int i) {
        Matter m = Matter.create("Matter " + i + " \u2014 caf\u00e9 \u6d4b\u8bd5").withDocket("D-" + i);
        StringBuilder claims = new StringBuilder();
        int n = 1 + r.nextInt(i % 3 == 0 ? 60 : 5);
        for (int k = 1; k <= n; k++) {
            claims.append(k).append(". The widget of claim 1, wherein part ").append(r.nextInt(1000))
                    .append(" is rigid.\n");
        }
        m = m.withClaims(claims.toString()).withSection(Section.ABSTRACT, "A widget " + r.nextInt())
                .withSection(Section.DETAILED_DESCRIPTION, "Paragraph. ".repeat(r.nextInt(800)));
        if (r.nextBoolean()) {
            m = m.withSuppression(new SuppressedFinding("antecedent-basis", "the frame " + i, "known"));
        }
        if (i % 2 == 1) { // the rest keep the defaults: both kinds of row must come back
            m = m.withOffice(OfficeChoice.values()[i % OfficeChoice.values().length],
                    EntitySize.values()[i % EntitySize.values().length]);
        }
        return m;
    }

    private Map<MatterId, Matter> fill(Workspace ws, int count, long seed) {
        Random r = new Random(seed);
        Map<MatterId, Matter> truth = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Matter m = matter(r, i);
            ws.matters().save(m);
            ws.history().snapshot(m, "First");
            truth.put(m.id(), m);
        }
        return truth;
    }

    @Test
    void theRawPagesHoldEveryMatterWholeAsSqliteReadsIt() throws Exception {
        Map<MatterId, Matter> truth;
        try (Workspace ws = Workspace.open(dir)) {
            truth = fill(ws, 25, 1);
        }
        SalvagedRows rows = SalvagedRows.sort(new TableLeafScanner(
                SqlitePages.read(dir.resolve(Workspace.FILE_NAME))).rows());
        assertThat(rows.knownIds()).containsExactlyInAnyOrderElementsOf(truth.keySet());
        for (Matter m : truth.values()) {
            SalvagedRows.LiveMatter live = rows.live(m.id()).orElseThrow();
            assertThat(live.verified()).as(m.title()).isTrue();
            assertThat(live.matter()).isEqualTo(m);
            assertThat(rows.snapshots(m.id())).singleElement().satisfies(s -> assertThat(s.matter()).isEqualTo(m));
        }
    }

    @Test
    void committedEditsStillInTheWriteAheadLogAreRead() throws Exception {
        Matter m;
        Path crashed = Files.createDirectories(dir.resolve("crashed"));
        try (Workspace ws = Workspace.open(dir.resolve("live"))) {
            m = ws.matters().create("In the log").withClaims("1. Committed, not yet checkpointed.");
            ws.matters().save(m);
            // What a crash leaves: the database file and its log, copied while the connection is open.
            for (String f : List.of(Workspace.FILE_NAME, Workspace.FILE_NAME + "-wal")) {
                Files.copy(ws.databaseFile().resolveSibling(f), crashed.resolve(f));
            }
        }
        assertThat(Files.size(crashed.resolve(Workspace.FILE_NAME + "-wal"))).isPositive();
        SalvagedRows rows = SalvagedRows.sort(new TableLeafScanner(
                SqlitePages.read(crashed.resolve(Workspace.FILE_NAME))).rows());
        assertThat(rows.live(m.id()).orElseThrow().matter().claims()).isEqualTo("1. Committed, not yet checkpointed.");
    }

    @Test
    void aDestroyedHeaderPageLosesNothing() throws Exception {
        Map<MatterId, Matter> truth;
        try (Workspace ws = Workspace.open(dir)) {
            truth = fill(ws, 12, 2);
        }
        overwritePage(dir.resolve(Workspace.FILE_NAME), 1, new Random(7));
        assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(WorkspaceCorruptException.class);

        SalvagePlan plan = WorkspaceSalvage.plan(dir);
        assertThat(plan.recovered()).hasSize(12).allMatch(RecoveredMatter::intact);
        Path aside = WorkspaceSalvage.apply(dir, plan);
        assertThat(aside).exists().hasFileName(aside.getFileName().toString());
        assertThat(aside.getFileName().toString()).startsWith(Workspace.FILE_NAME + ".damaged-");
        try (Workspace ws = Workspace.open(dir)) {
            for (Matter m : truth.values()) {
                assertThat(ws.matters().get(m.id())).isEqualTo(m);
                assertThat(ws.history().list(m.id())).hasSize(1);
            }
        }
    }

    @Test
    void aMatterWhosePageIsLostComesBackFromItsNewestCopyAndTheReportSaysHowOld() throws Exception {
        Matter kept;
        Matter victim;
        try (Workspace ws = Workspace.open(dir)) {
            kept = ws.matters().create("Kept").withClaims("1. Kept.");
            ws.matters().save(kept);
            victim = ws.matters().create("Victim").withClaims("1. First wording.");
            ws.matters().save(victim);
            ws.backupNow(); // the backup holds the first wording
            Thread.sleep(5);
            victim = victim.withClaims("1. Second wording.");
            ws.matters().save(victim); // not in any backup or snapshot
        }
        Path db = dir.resolve(Workspace.FILE_NAME);
        int page = pageHolding(db, "1. Second wording.");
        overwritePage(db, page, new Random(3));

        SalvagePlan plan = WorkspaceSalvage.plan(dir);
        RecoveredMatter v = plan.recovered().stream().filter(r -> r.title().equals("Victim")).findFirst().orElseThrow();
        WorkspaceSalvage.apply(dir, plan);
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.matters().get(kept.id())).isEqualTo(kept);
            // Either the page held only the newest row (then the backup's wording comes back, a little behind) or
            // the victim's row was elsewhere and survived: never a mixture, never nothing.
            String claims = ws.matters().get(victim.id()).claims();
            assertThat(claims).isIn("1. First wording.", "1. Second wording.");
            // The report never claims the newest content came back when it did not.
            if (v.intact()) {
                assertThat(claims).isEqualTo("1. Second wording.");
            }
        }
    }

    @Test
    void restoringABackupInsteadSaysWhatWouldBeLost() throws Exception {
        Matter later;
        try (Workspace ws = Workspace.open(dir)) {
            ws.matters().create("Old");
            ws.backupNow();
            later = ws.matters().create("Made after the backup");
        }
        overwritePage(dir.resolve(Workspace.FILE_NAME), 1, new Random(1));
        SalvagePlan plan = WorkspaceSalvage.plan(dir);
        List<Backup> backups = WorkspaceRecovery.backups(dir);
        Backup manual = backups.stream().filter(b -> b.reason().equals(Backups.BY_USER)).findFirst().orElseThrow();
        List<String> lost = plan.lostByRestoring(BackupContents.read(manual));
        assertThat(lost).singleElement().asString().contains(later.title()).contains("not in this backup");
    }

    @Test
    void commentsComeBackWithTheirMattersFromTheDamagedFileAndTheBackup() throws Exception {
        Map<MatterId, Matter> truth;
        Matter m;
        Comment inBackup;
        Comment afterBackup;
        Comment onlyInBackup;
        try (Workspace ws = Workspace.open(dir)) {
            truth = fill(ws, 6, 4);
            m = truth.values().iterator().next();
            inBackup = Comment.on(Comment.CLAIMS, m.claims(), 3, 9, "Is this the widget of claim 1?");
            onlyInBackup = Comment.on(Section.ABSTRACT.key(), m.section(Section.ABSTRACT), 0, 1, "Deleted later.");
            ws.comments().save(m.id(), inBackup);
            ws.comments().save(m.id(), onlyInBackup);
            ws.backupNow();
            afterBackup = Comment.on(Comment.CLAIMS, m.claims(), 0, 2, "Renumber from 1.");
            ws.comments().save(m.id(), afterBackup);
            ws.comments().save(m.id(), inBackup.withText("Edited after the backup."));
        }
        Path db = dir.resolve(Workspace.FILE_NAME);
        overwritePage(db, 1, new Random(9));

        SalvagePlan plan = WorkspaceSalvage.plan(dir);
        assertThat(plan.commentCount()).isEqualTo(3);
        WorkspaceSalvage.apply(dir, plan);
        try (Workspace ws = Workspace.open(dir)) {
            // The damaged file's own rows win over the backup's (the edit after the backup is kept); a comment only
            // the backup still holds comes back rather than being lost.
            assertThat(ws.comments().list(m.id())).extracting(Comment::text).containsExactlyInAnyOrder(
                    "Edited after the backup.", "Renumber from 1.", "Deleted later.");
            for (Matter other : truth.values()) {
                assertThat(ws.matters().get(other.id())).isEqualTo(other);
            }
        }
    }

    @Test
    void aCommentWhosePageIsLostComesBackFromTheBackup() throws Exception {
        Matter m;
        try (Workspace ws = Workspace.open(dir)) {
            m = ws.matters().create("Lamp").withClaims("1. A lamp comprising a bulb.");
            ws.matters().save(m);
            ws.comments().save(m.id(), Comment.on(Comment.CLAIMS, m.claims(), 23, 27, "Which bulb? An LED?"));
            ws.backupNow();
        }
        Path db = dir.resolve(Workspace.FILE_NAME);
        int page = pageHolding(db, "Which bulb? An LED?");
        assertThat(page).as("the comment is not on the matter's page").isNotEqualTo(pageHolding(db, "1. A lamp"));
        overwritePage(db, page, new Random(5));
        assertThat(SalvagedRows.sort(new TableLeafScanner(SqlitePages.read(db)).rows()).comments(m.id())).isEmpty();

        WorkspaceSalvage.apply(dir, WorkspaceSalvage.plan(dir));
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.comments().list(m.id())).singleElement().satisfies(c -> {
                assertThat(c.text()).isEqualTo("Which bulb? An LED?");
                assertThat(c.quote()).isEqualTo("bulb");
            });
        }
    }

    private static ChartCellKey cell(String element, String passage) {
        return new ChartCellKey("d1sha", 1, element, ChartCellKey.sha256(passage));
    }

    @Test
    void chartReferencesOptionsAndMarksComeBackFromTheDamagedFileItsNewerMarkBeatingTheBackups() throws Exception {
        Map<MatterId, Matter> truth;
        Matter m;
        Backup older; // the close takes a backup of the newest state too: the salvage is told to merge this one
        try (Workspace ws = Workspace.open(dir)) {
            truth = fill(ws, 6, 12);
            m = truth.values().iterator().next();
            ws.charts().saveReferences(m.id(), List.of(dir.resolve("d2.pdf"), dir.resolve("d1.pdf")));
            ws.charts().setIncludesSpecification(m.id(), true);
            ws.charts().saveMark(m.id(), cell("a widget", "A widget is shown."),
                    new ChartReview.Cell(ChartReview.Mark.NOT_FOUND, "before the backup"));
            older = ws.backupNow();
            Thread.sleep(5); // the later edit must carry a later time
            ws.charts().saveMark(m.id(), cell("a widget", "A widget is shown."),
                    new ChartReview.Cell(ChartReview.Mark.DISCLOSED, ""));
            ws.charts().saveMark(m.id(), cell("part 7 is rigid", "The part is stiff."),
                    new ChartReview.Cell(null, "stiff is not rigid?"));
        }
        overwritePage(dir.resolve(Workspace.FILE_NAME), 1, new Random(3));
        assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(WorkspaceCorruptException.class);

        SalvagePlan plan = WorkspaceSalvage.plan(dir, older);
        assertThat(plan.chartMarkCount()).isEqualTo(2);
        assertThat(plan.chartReferenceCount()).isEqualTo(2);
        assertThat(plan.chartSpecificationChoiceCount()).isEqualTo(1);
        assertThat(plan.contents()).endsWith(
                ", 0 comments, 2 chart references, 1 chart specification choice and 2 chart marks");
        WorkspaceSalvage.apply(dir, plan);
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.charts().references(m.id())).containsExactly(dir.resolve("d2.pdf").toAbsolutePath(),
                    dir.resolve("d1.pdf").toAbsolutePath());
            assertThat(ws.charts().includesSpecification(m.id())).isTrue();
            assertThat(ws.charts().marks(m.id())).isEqualTo(Map.of(
                    cell("a widget", "A widget is shown."), new ChartReview.Cell(ChartReview.Mark.DISCLOSED, ""),
                    cell("part 7 is rigid", "The part is stiff."), new ChartReview.Cell(null, "stiff is not rigid?")));
            for (Matter other : truth.values()) {
                assertThat(ws.matters().get(other.id())).isEqualTo(other);
                if (!other.id().equals(m.id())) {
                    assertThat(ws.charts().marks(other.id())).isEmpty();
                    assertThat(ws.charts().references(other.id())).isEmpty();
                }
            }
        }
    }

    @Test
    void chartMarksWhosePageIsLostComeBackFromTheBackup() throws Exception {
        Matter m;
        Backup older;
        ChartCellKey kept = cell("a bulb", "The lamp holds an incandescent globe.");
        ChartCellKey edited = cell("a socket", "A threaded receptacle takes the globe.");
        try (Workspace ws = Workspace.open(dir)) {
            m = ws.matters().create("Lamp").withClaims("1. A lamp comprising a bulb and a socket.");
            ws.matters().save(m);
            ws.charts().saveReferences(m.id(), List.of(dir.resolve("lamp-prior-art.pdf")));
            ws.charts().saveMark(m.id(), kept, new ChartReview.Cell(ChartReview.Mark.DISCLOSED, "globe = bulb"));
            ws.charts().saveMark(m.id(), edited, new ChartReview.Cell(ChartReview.Mark.NOT_FOUND, ""));
            older = ws.backupNow();
            Thread.sleep(5); // the later edit must carry a later time
            ws.charts().saveMark(m.id(), edited, new ChartReview.Cell(ChartReview.Mark.PARTLY, "receptacle"));
        }
        Path db = dir.resolve(Workspace.FILE_NAME);
        int page = pageHolding(db, "globe = bulb");
        assertThat(page).as("the marks are not on the matter's page").isNotEqualTo(pageHolding(db, "1. A lamp"));
        assertThat(page).as("the references are not on the marks' page")
                .isNotEqualTo(pageHolding(db, "lamp-prior-art.pdf"));
        overwritePage(db, page, new Random(8));
        assertThat(SalvagedRows.sort(new TableLeafScanner(SqlitePages.read(db)).rows()).chart(m.id()).marks())
                .isEmpty();

        WorkspaceSalvage.apply(dir, WorkspaceSalvage.plan(dir, older));
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.charts().references(m.id())).containsExactly(dir.resolve("lamp-prior-art.pdf")
                    .toAbsolutePath());
            // Both marks were on the lost page: the backup's copies come back (the edit after that backup is lost
            // with the page), rather than nothing.
            assertThat(ws.charts().marks(m.id())).isEqualTo(Map.of(
                    kept, new ChartReview.Cell(ChartReview.Mark.DISCLOSED, "globe = bulb"),
                    edited, new ChartReview.Cell(ChartReview.Mark.NOT_FOUND, "")));
        }
    }

    @Test
    void randomDamageNeverThrowsAndNeverInventsAMatter() throws Exception {
        Map<MatterId, Matter> truth;
        try (Workspace ws = Workspace.open(dir)) {
            truth = fill(ws, 20, 5);
        }
        Path db = dir.resolve(Workspace.FILE_NAME);
        byte[] sound = Files.readAllBytes(db);
        Random r = new Random(11);
        for (int trial = 0; trial < 30; trial++) {
            Files.write(db, sound);
            int pages = sound.length / 4096;
            overwritePage(db, 1 + r.nextInt(pages), r);
            SalvagedRows rows = SalvagedRows.sort(new TableLeafScanner(SqlitePages.read(db)).rows());
            for (MatterId id : rows.knownIds()) {
                assertThat(truth).containsKey(id);
                rows.live(id).filter(SalvagedRows.LiveMatter::verified)
                        .ifPresent(l -> assertThat(l.matter()).isEqualTo(truth.get(id)));
            }
        }
    }

    /** The page (1-based) whose bytes contain {@code text}. */
    static int pageHolding(Path db, String text) throws Exception {
        byte[] all = Files.readAllBytes(db);
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= all.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (all[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i / 4096 + 1;
        }
        throw new AssertionError("not found: " + text);
    }

    /** Overwrites page {@code page} (1-based) with random bytes, as a failing disk sector would. */
    static void overwritePage(Path db, int page, Random r) throws Exception {
        byte[] junk = new byte[4096];
        r.nextBytes(junk);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((long) (page - 1) * 4096);
            f.write(junk);
        }
    }
}
