package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxRoundTripTest {
    @TempDir
    Path dir;

    static Matter sample() {
        return Matter.create("Hinge docket")
                .withSection(Section.TITLE, "Folding Bicycle Hinge")
                .withSection(Section.TECHNICAL_FIELD, "The disclosure relates to hinges.")
                .withSection(Section.BACKGROUND, "Folding bicycles are known.\nTheir hinges wear out.")
                .withSection(Section.DETAILED_DESCRIPTION, "The hinge 10 has a pin 12 \u2264 5 mm wide (\u94f0\u94fe).")
                .withClaims("1. A hinge comprising a pin.\n2. The hinge of claim 1, wherein the pin is steel.")
                .withSection(Section.ABSTRACT, "A hinge with a pin.");
    }

    @Test
    void theExportIsInUsptoFormAndReadsBackWithPoi() throws Exception {
        Path out = dir.resolve("hinge.docx");
        new DocxExporter().export(sample(), out);

        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            List<String> texts = ps.stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).startsWith("Folding Bicycle Hinge", "TECHNICAL FIELD",
                    "[0001]\tThe disclosure relates to hinges.", "BACKGROUND", "[0002]\tFolding bicycles are known.",
                    "[0003]\tTheir hinges wear out.", "DETAILED DESCRIPTION");
            assertThat(texts).contains("[0004]\tThe hinge 10 has a pin 12 \u2264 5 mm wide (\u94f0\u94fe).");
            int claims = texts.indexOf("What is claimed is:");
            assertThat(ps.get(claims).isPageBreak()).as("claims start on a new page").isTrue();
            assertThat(texts.get(claims + 1)).isEqualTo("1. A hinge comprising a pin.");
            int abs = texts.indexOf("Abstract");
            assertThat(abs).isGreaterThan(claims);
            assertThat(ps.get(abs).isPageBreak()).as("abstract on its own page").isTrue();
            assertThat(texts.subList(abs + 1, texts.size())).containsExactly("A hinge with a pin.");
        }
        assertThat(Files.list(dir)).containsExactly(out); // no temp file left behind
    }

    @Test
    void anExportedDocxImportsBackToTheSameContent() {
        Path out = dir.resolve("hinge.docx");
        Matter m = sample();
        new DocxExporter().export(m, out);
        ImportedMatter back = new DocxImporter().read(out);
        assertThat(back.kind()).isEqualTo(ImportedMatter.Kind.WHOLE_APPLICATION);
        assertThat(back.notes()).isEmpty();
        for (Section s : Section.values()) {
            assertThat(back.matter().section(s)).as(s.name()).isEqualTo(m.section(s));
        }
        assertThat(back.matter().claims()).isEqualTo(m.claims());
        assertThat(back.matter().title()).isEqualTo("Folding Bicycle Hinge");
    }

    @Test
    void badFilesGetOneClearMessage() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.docx"), "just text");
        assertThatThrownBy(() -> new DocxImporter().read(text)).isInstanceOf(ImportException.class)
                .hasMessage("notes.docx is not a Word document (.docx).");
        Path empty = Files.write(dir.resolve("empty.docx"), new byte[0]);
        assertThatThrownBy(() -> new DocxImporter().read(empty)).hasMessage("empty.docx is empty.");
        Path zip = dir.resolve("broken.docx");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            z.write("hi".getBytes());
        }
        assertThatThrownBy(() -> new DocxImporter().read(zip)).isInstanceOf(ImportException.class)
                .hasMessageContaining("not a readable Word document");
    }

    @Test
    void aPasswordProtectedDocxIsNamedSo() throws Exception {
        Path plain = dir.resolve("plain.docx");
        new DocxExporter().export(sample(), plain);
        Path locked = dir.resolve("locked.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream fos = Files.newOutputStream(locked)) {
                fs.writeFilesystem(fos);
            }
        }
        assertThatThrownBy(() -> new DocxImporter().read(locked)).isInstanceOf(ImportException.class)
                .hasMessageContaining("password-protected");
    }

    /** Claims numbered by a Word list carry no number in their text; the import must supply it. */
    @Test
    void claimsNumberedByAWordListImportWithTheirNumbers() throws Exception {
        Path f = dir.resolve("listed.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            var abs = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(java.math.BigInteger.ZERO);
            var lvl = abs.addNewLvl();
            lvl.setIlvl(java.math.BigInteger.ZERO);
            lvl.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal("%1.");
            lvl.addNewStart().setVal(java.math.BigInteger.ONE);
            var numbering = doc.createNumbering();
            var absId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abs));
            var numId = numbering.addNum(absId);
            doc.createParagraph().createRun().setText("BACKGROUND");
            doc.createParagraph().createRun().setText("Hinges are old.");
            doc.createParagraph().createRun().setText("What is claimed is:");
            for (String claim : List.of("A hinge comprising a pin.", "The hinge of claim 1, wherein the pin is steel.")) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(java.math.BigInteger.ZERO); // Word always writes the level
                p.createRun().setText(claim);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                doc.write(out);
            }
        }
        ImportedMatter r = new DocxImporter().read(f);
        assertThat(r.matter().claims())
                .isEqualTo("1. A hinge comprising a pin.\n2. The hinge of claim 1, wherein the pin is steel.");
        assertThat(r.matter().section(Section.BACKGROUND)).isEqualTo("Hinges are old.");
    }
}
