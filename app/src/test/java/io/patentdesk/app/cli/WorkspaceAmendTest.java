package io.patentdesk.app.cli;

import static io.patentdesk.app.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import io.patentdesk.app.store.VersionInfo;
import io.patentdesk.app.store.Workspace;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workspace versions} and {@code workspace amend}: the claim listing between two stored versions, as DOCX and text. */
class WorkspaceAmendTest {
    private static final String FILED = """
            1. A bicycle lock comprising a shackle and a lock body.
            2. The bicycle lock of claim 1, wherein the shackle is hardened.
            3. The bicycle lock of claim 1, wherein the lock body is round.
            """;
    private static final String AMENDED = """
            1. A bicycle lock comprising a hardened steel shackle and a lock body.
            3. The bicycle lock of claim 1, wherein the lock body is round.
            4. The bicycle lock of claim 1, wherein the lock body has a key cylinder.
            """;

    @TempDir
    Path tmp;

    private CliRun ws(String... args) {
        List<String> all = new ArrayList<>(List.of("workspace"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data-dir", tmp.resolve("data").toString()));
        return run(all.toArray(String[]::new));
    }

    /** A matter filed with {@link #FILED}, snapshotted as "As filed", then amended; returns its id and the version. */
    private long[] filedThenAmended(MatterId[] id) {
        try (Workspace w = Workspace.open(tmp.resolve("data"))) {
            Matter m = Matter.create("Lock").withClaims(FILED);
            w.matters().save(m);
            VersionInfo filed = w.history().snapshot(m, "As filed");
            w.matters().save(m.withClaims(AMENDED));
            id[0] = m.id();
            return new long[] {filed.id()};
        }
    }

    @Test
    void writesTheListingAsDocxWithUnderlineAndStrikeThroughRuns() throws Exception {
        MatterId[] id = new MatterId[1];
        long filed = filedThenAmended(id)[0];

        CliRun versions = ws("versions", id[0].value());
        assertThat(versions.status()).as(versions.err()).isZero();
        assertThat(versions.out()).contains(String.valueOf(filed)).contains("As filed");

        Path docx = tmp.resolve("listing.docx");
        CliRun r = ws("amend", id[0].value(), "--from", String.valueOf(filed), "--out", docx.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("Wrote the claim listing of \u201cLock\u201d (4 claims)");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains("Listing of Claims:", "2. (Canceled)",
                    "3. (Original) The bicycle lock of claim 1, wherein the lock body is round.",
                    "4. (New) The bicycle lock of claim 1, wherein the lock body has a key cylinder.");
            XWPFParagraph one = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("1. ")).findFirst()
                    .orElseThrow();
            assertThat(one.getText()).startsWith("1. (Currently amended) ");
            assertThat(runs(one, true)).isEqualTo("hardened steel ");
            assertThat(one.getRuns()).noneMatch(XWPFRun::isStrikeThrough);
            assertThat(doc.getParagraphs()).flatMap(XWPFParagraph::getRuns)
                    .allMatch(run -> "Times New Roman".equals(run.getFontFamily()));
            XWPFParagraph four = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("4. ")).findFirst()
                    .orElseThrow();
            assertThat(runs(four, true)).as("a new claim is not underlined").isEmpty();
        }
    }

    @Test
    void aLongDeletionIsStruckThroughAndAShortOneBracketed() throws Exception {
        Path data = tmp.resolve("data");
        MatterId id;
        long filed;
        try (Workspace w = Workspace.open(data)) {
            Matter m = Matter.create("Lamp").withClaims("1. A lamp comprising a glass bulb and a socket.\n"
                    + "2. The lamp of claim 1, wherein the bulb is red.");
            w.matters().save(m);
            filed = w.history().snapshot(m, "As filed").id();
            w.matters().save(m.withClaims("1. A lamp comprising a bulb and a socket.\n"
                    + "2. The lamp of claim 1, wherein the bulb is blue."));
            id = m.id();
        }
        Path docx = tmp.resolve("lamp.docx");
        assertThat(ws("amend", id.value(), "--from", String.valueOf(filed), "--out", docx.toString()).status()).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFParagraph one = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("1. ")).findFirst()
                    .orElseThrow();
            assertThat(runs(one, false)).isEqualTo("glass ");
            assertThat(one.getText()).isEqualTo("1. (Currently amended) A lamp comprising a glass bulb and a socket.");
            XWPFParagraph two = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("2. ")).findFirst()
                    .orElseThrow();
            assertThat(two.getText()).isEqualTo("2. (Currently amended) The lamp of claim 1, wherein the bulb is "
                    + "[[red]]blue.");
            assertThat(runs(two, true)).isEqualTo("blue");
        }
        Path txt = tmp.resolve("lamp.txt");
        assertThat(ws("amend", id.value(), "--from", String.valueOf(filed), "--to", "current", "--out",
                txt.toString()).status()).isZero();
        assertThat(Files.readString(txt)).contains("1. (Currently amended) A lamp comprising a <s>glass </s>bulb and a "
                + "socket.");
    }

    @Test
    void unusableVersionsAndNamesGetOneLine() {
        MatterId[] id = new MatterId[1];
        filedThenAmended(id);
        CliRun word = ws("amend", id[0].value(), "--from", "filed", "--out", tmp.resolve("x.docx").toString());
        assertThat(word.status()).isEqualTo(PatentDeskCommand.EXIT_UNUSABLE_INPUT);
        assertThat(word.err().strip()).doesNotContain("\n").contains("\u201cfiled\u201d is no version");
        CliRun missing = ws("amend", id[0].value(), "--from", "999999", "--out", tmp.resolve("x.docx").toString());
        assertThat(missing.status()).isEqualTo(PatentDeskCommand.EXIT_UNUSABLE_INPUT);
        assertThat(missing.err()).contains("No version 999999");
        CliRun pdf = ws("amend", id[0].value(), "--from", "1", "--out", tmp.resolve("x.pdf").toString());
        assertThat(pdf.status()).isEqualTo(PatentDeskCommand.EXIT_UNUSABLE_INPUT);
        assertThat(pdf.err()).contains("must end in .docx or .txt");
        assertThat(tmp.resolve("x.docx")).doesNotExist();
    }

    /** The text of the paragraph's underlined runs ({@code underlined}) or struck-through runs. */
    private static String runs(XWPFParagraph p, boolean underlined) {
        StringBuilder sb = new StringBuilder();
        for (XWPFRun r : p.getRuns()) {
            if (underlined ? r.getUnderline() == UnderlinePatterns.SINGLE : r.isStrikeThrough()) {
                sb.append(r.text());
            }
        }
        return sb.toString();
    }
}
