package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace of 20 matters after an hour of (simulated) editing through the real autosaver, snapshots and backups;
 * then a random 4 KB page of it is overwritten, and the workspace is salvaged. Figures: share of matters back
 * exactly as last saved, minutes of edits lost (median, worst). CI runs 25 trials; the figure run 100:
 * {@code mvn -pl app -am verify -Dtest=CorruptPageTrialsTest -Dsurefire.failIfNoSpecifiedTests=false -Dpatentdesk.trials=100}.
 */
class CorruptPageTrialsTest {
    private static final int TRIALS = Integer.getInteger("patentdesk.trials", 25);
    private static final int MATTERS = 20;
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration EVERY = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    @Test
    void aCorruptedPageNeverCostsMoreThanTheLastTenMinutesOfWork() throws Exception {
        Path original = tmp.resolve("original");
        BackupPolicyTest.ManualClock clock = new BackupPolicyTest.ManualClock(java.time.Instant.parse(
                "2026-12-07T08:00:00Z"));
        Map<MatterId, Matter> truth = new HashMap<>();
        Random r = new Random(42);
        try (Workspace ws = Workspace.open(original, clock)) {
            List<Matter> ms = new ArrayList<>();
            for (int i = 0; i < MATTERS; i++) {
                Matter m = stamped(WorkspaceSalvageTest.matter(r, i), clock);
                ws.matters().save(m);
                ms.add(m);
            }
            // The app's autosaver (snapshots every 10 min per matter), saving at once, on the simulated clock; the
            // periodic backup runs in line so the simulated time it sees is the time of the save.
            Autosaver saver = new Autosaver(ws.matters(), ws.history(), Duration.ZERO, Duration.ZERO,
                    Autosaver.DEFAULT_SNAPSHOT_EVERY, AutosaveListener.NONE, clock, ws::backupIfDue);
            for (Duration t = Duration.ZERO; t.compareTo(HOUR) < 0; t = t.plus(EVERY)) {
                clock.advance(EVERY);
                int i = r.nextInt(MATTERS);
                Matter m = stamped(ms.get(i).withClaims(ms.get(i).claims() + (i + 1) + ". Edit at " + clock.instant()
                        + ".\n"), clock);
                ms.set(i, m);
                saver.edited(m);
                saver.flush();
            }
            saver.close();
            ms.forEach(m -> truth.put(m.id(), m));
            // The page goes bad while PatentDesk is running: no backup on close. Everything committed is moved into
            // the database file first, so the damaged page can hold any of it.
            try (var c = Workspace.connect(ws.databaseFile()); var st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            copy(original, tmp.resolve("running"));
        }
        original = tmp.resolve("running");
        Path db = original.resolve(Workspace.FILE_NAME);
        int pages = (int) (Files.size(db) / 4096);
        List<Double> lostMinutes = new ArrayList<>();
        int intact = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Path dir = copy(original, tmp.resolve("trial-" + trial));
            WorkspaceSalvageTest.overwritePage(dir.resolve(Workspace.FILE_NAME), 1 + r.nextInt(pages), r);
            WorkspaceSalvage.apply(dir, WorkspaceSalvage.plan(dir));
            try (Workspace ws = Workspace.open(dir)) {
                for (Matter want : truth.values()) {
                    Matter got = ws.matters().load(want.id()).orElse(null);
                    if (got != null && got.equals(want)) {
                        intact++;
                        lostMinutes.add(0.0);
                    } else {
                        double lost = got == null ? HOUR.toMinutes()
                                : Duration.between(got.modified(), want.modified()).toMillis() / 60_000.0;
                        lostMinutes.add(lost);
                    }
                }
            }
        }
        Collections.sort(lostMinutes);
        double share = intact / (double) (TRIALS * MATTERS);
        System.out.printf("corrupt 4 KB page: %d trials x %d matters (%d pages), intact %.1f %%, minutes lost: median"
                + " %.1f, p99 %.1f, worst %.1f; of the matters not intact: median %.1f%n", TRIALS, MATTERS, pages,
                100 * share, lostMinutes.get(lostMinutes.size() / 2), lostMinutes.get(lostMinutes.size() * 99 / 100),
                lostMinutes.get(lostMinutes.size() - 1), median(lostMinutes.stream().filter(x -> x > 0).toList()));
        assertThat(lostMinutes.get(lostMinutes.size() - 1)).isLessThanOrEqualTo(10.0);
        assertThat(share).isGreaterThan(0.9);
    }

    private static double median(List<Double> xs) {
        return xs.isEmpty() ? 0 : xs.get(xs.size() / 2);
    }

    private static Matter stamped(Matter m, java.time.Clock clock) {
        return new Matter(m.id(), m.title(), m.docket(), m.claims(), m.specification(), m.suppressions(), m.created(),
                clock.instant());
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p));
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }
}
