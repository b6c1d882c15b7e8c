package io.patentdesk.app.cli;

import static io.patentdesk.app.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patentdesk.app.store.Workspace;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The workspace command line: every subcommand, the busy workspace, damaged input, one-line messages. */
class WorkspaceCommandTest {
    private static final String DRAFT = """
            Bicycle lock

            BACKGROUND
            Bicycles are stolen.

            CLAIMS
            1. A bicycle lock comprising a shackle and a lock body.
            2. The bicycle lock of claim 1, wherein the shackle is hardened.

            ABSTRACT
            A lock for bicycles with a hardened shackle.
            """;

    @TempDir
    Path tmp;

    private Path data() {
        return tmp.resolve("data");
    }

    private CliRun ws(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "workspace";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data-dir";
        all[args.length + 2] = data().toString();
        return run(all);
    }

    private String importDraft() throws Exception {
        Path draft = Files.writeString(tmp.resolve("lock.txt"), DRAFT);
        CliRun r = ws("import", draft.toString(), "--name", "Lock", "--docket", "PD-0042");
        assertThat(r.status()).as(r.err()).isZero();
        return r.out().strip();
    }

    @Test
    void importListAndExportInEveryFormat() throws Exception {
        String id = importDraft();
        assertThat(id).matches("[0-9a-f-]{36}");

        CliRun list = ws("list", "--format", "json");
        assertThat(list.status()).isZero();
        JsonNode rows = new ObjectMapper().readTree(list.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("id").asText()).isEqualTo(id);
        assertThat(rows.get(0).path("name").asText()).isEqualTo("Lock");
        assertThat(rows.get(0).path("docket").asText()).isEqualTo("PD-0042");
        assertThat(rows.get(0).path("lastEdit").asText()).endsWith("Z");
        assertThat(ws("list").out()).contains(id).contains("PD-0042").contains("Lock");

        Path txt = tmp.resolve("out.txt");
        assertThat(ws("export", id, "--out", txt.toString()).status()).isZero();
        assertThat(Files.readString(txt)).contains("1. A bicycle lock comprising a shackle and a lock body.")
                .contains("Bicycles are stolen.").contains("A lock for bicycles with a hardened shackle.")
                .contains("What is claimed is:");
        Path pdf = tmp.resolve("out.pdf");
        assertThat(ws("export", id, "--out", pdf.toString()).status()).isZero();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("hardened");
        }
        Path docx = tmp.resolve("out.docx");
        assertThat(ws("export", id, "--out", docx.toString()).status()).isZero();
        assertThat(Files.size(docx)).isPositive();
    }

    @Test
    void theOfficeAndEntitySizeAreShownSetAndListed() throws Exception {
        String id = importDraft();
        CliRun shown = ws("office", id);
        assertThat(shown.status()).as(shown.err()).isZero();
        assertThat(shown.out()).isEqualTo(String.format("office  auto%nentity  large%n"));

        CliRun set = ws("office", id, "--set", "USPTO", "--entity", "micro");
        assertThat(set.status()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo(String.format("office  uspto%nentity  micro%n"));
        assertThat(ws("office", id, "--set", "epo").out()).as("the entity size is kept")
                .isEqualTo(String.format("office  epo%nentity  micro%n"));
        JsonNode row = new ObjectMapper().readTree(ws("list", "--format", "json").out()).get(0);
        assertThat(row.path("office").asText()).isEqualTo("epo");
        assertThat(row.path("entity").asText()).isEqualTo("micro");

        CliRun bad = ws("office", id, "--set", "kipo");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("patentdesk: Unknown office \u201ckipo\u201d (known: auto, uspto, epo, "
                + "cnipa, jpo).");
        assertThat(ws("office", id).out()).as("nothing was written").contains("office  epo");

        Path draft = Files.writeString(tmp.resolve("cn.txt"), DRAFT);
        CliRun imported = ws("import", draft.toString(), "--office", "cnipa", "--entity", "small");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(ws("office", imported.out().strip()).out()).isEqualTo(String.format("office  cnipa%nentity  small%n"));
        CliRun badEntity = ws("import", draft.toString(), "--entity", "huge");
        assertThat(badEntity.status()).isEqualTo(2);
        assertThat(badEntity.err()).contains("Unknown entity size \u201chuge\u201d (known: large, small, micro)");
        assertThat(new ObjectMapper().readTree(ws("list", "--format", "json").out())).as("nothing imported").hasSize(2);
    }

    @Test
    void badRequestsGetOneLineAndExitTwo() throws Exception {
        CliRun none = ws("list");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err().strip()).startsWith("patentdesk: There is no workspace").doesNotContain("\n")
                .doesNotContain("Exception");

        String id = importDraft();
        CliRun ext = ws("export", id, "--out", tmp.resolve("out.rtf").toString());
        assertThat(ext.status()).isEqualTo(2);
        assertThat(ext.err()).contains(".txt, .docx or .pdf");
        CliRun unknown = ws("export", "no-such-id", "--out", tmp.resolve("x.txt").toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("No matter has the id");
        CliRun missing = ws("import", tmp.resolve("absent.docx").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().strip()).contains("does not exist").doesNotContain("\n");
    }

    @Test
    void whilePatentDeskHoldsTheWorkspaceWritingIsRefusedAndReadingWorks() throws Exception {
        String id = importDraft();
        try (Workspace held = Workspace.open(data())) {
            CliRun imp = ws("import", tmp.resolve("lock.txt").toString());
            assertThat(imp.status()).isEqualTo(2);
            assertThat(imp.err()).contains("PatentDesk has this workspace open").contains("Nothing was written");
            assertThat(held.matters().list()).hasSize(1);

            assertThat(ws("list").out()).contains(id);
            assertThat(ws("verify").status()).isZero();
            CliRun backup = ws("backup");
            assertThat(backup.status()).as(backup.err()).isZero();
            assertThat(Path.of(backup.out().strip())).exists();
            CliRun recover = ws("recover", "--force");
            assertThat(recover.status()).isEqualTo(2);
            assertThat(recover.err()).contains("PatentDesk has this workspace open");
        }
    }

    @Test
    void verifyFindsDamageAndRecoverBringsTheMattersBack() throws Exception {
        String id = importDraft();
        assertThat(ws("verify").out()).contains("sound");
        Path db = data().resolve(Workspace.FILE_NAME);
        long pages = Files.size(db) / 4096;
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            new Random(5).nextBytes(junk);
            for (long p = 0; p < pages; p += 2) { // every other page, the header page included
                f.seek(p * 4096);
                f.write(junk);
            }
        }
        CliRun verify = ws("verify");
        assertThat(verify.status()).isEqualTo(1);
        assertThat(verify.out().strip()).startsWith("damaged: ").doesNotContain("\n");

        CliRun recover = ws("recover");
        assertThat(recover.status()).as(recover.err()).isZero();
        assertThat(recover.out()).contains("Recovered 1 matter").contains("Lock")
                .contains("The damaged file was moved to");
        assertThat(ws("verify").status()).isZero();
        assertThat(ws("list").out()).contains(id);
    }

    @Test
    void aWorkspaceFromANewerPatentDeskIsRefusedNotGuessedAt() throws Exception {
        importDraft();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data().resolve(Workspace.FILE_NAME));
                var st = c.createStatement()) {
            st.execute("INSERT INTO schema_version VALUES (99, 0)");
        }
        CliRun verify = ws("verify");
        assertThat(verify.status()).isEqualTo(1);
        assertThat(verify.out()).contains("newer PatentDesk");
        CliRun imp = ws("import", tmp.resolve("lock.txt").toString());
        assertThat(imp.status()).isEqualTo(2);
        assertThat(imp.err()).contains("newer PatentDesk").doesNotContain("Exception");
    }

    @Test
    void anEmptyWorkspaceFileWithBackupsIsDamageNotANewWorkspace() throws Exception {
        importDraft();
        assertThat(ws("backup").status()).isZero();
        Files.write(data().resolve(Workspace.FILE_NAME), new byte[0]);
        assertThat(ws("verify").out()).contains("empty (0 bytes)");
        CliRun imp = ws("import", tmp.resolve("lock.txt").toString());
        assertThat(imp.status()).isEqualTo(2);
        assertThat(imp.err()).contains("damaged");
        CliRun recover = ws("recover");
        assertThat(recover.status()).as(recover.err()).isZero();
        assertThat(recover.out()).contains("Lock").contains("from the backup of");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void backupsWrittenByTheCommandArePrivate() throws Exception {
        importDraft();
        Path out = tmp.resolve("copy.db");
        assertThat(ws("backup", "--out", out.toString()).status()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data()))).isEqualTo("rwx------");
    }
}
