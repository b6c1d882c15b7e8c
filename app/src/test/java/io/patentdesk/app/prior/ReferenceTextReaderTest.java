package io.patentdesk.app.prior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.app.io.ImportException;
import io.patentdesk.app.io.PdfExporter;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceTextReaderTest {
    @TempDir
    Path dir;

    @Test
    void aPdfExportedByTheAppReadsBackAsNumberedParagraphsWithPages() throws Exception {
        String p1 = "The shackle of the lock is bent from a single hardened steel rod and its free end is received "
                + "in a bore of the locking body, where a spring-loaded latch engages a notch cut into the rod. ";
        String p2 = "A cylinder turned by the key withdraws the latch against its spring, so that the shackle can "
                + "be pulled out of the bore and the lock opened from a bicycle frame. ";
        StringBuilder spec = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            spec.append(i % 2 == 0 ? p1 : p2).append(p1).append("\n");
        }
        Matter m = Matter.create("Lock").withSection(Section.DETAILED_DESCRIPTION, spec.toString().strip())
                .withClaims("1. A lock comprising a shackle.");
        Path pdf = dir.resolve("lock.pdf");
        new PdfExporter().export(m, pdf);

        ReferenceText ref = new ReferenceTextReader().read(pdf);
        assertThat(ref.pages()).isGreaterThan(3);
        var numbered = ref.paragraphs().stream().filter(p -> p.label() != null).toList();
        assertThat(numbered).hasSize(40);
        assertThat(numbered.get(0).label()).isEqualTo("[0001]");
        assertThat(numbered.get(39).label()).isEqualTo("[0040]");
        assertThat(numbered.get(39).page()).isGreaterThan(numbered.get(0).page());
        // Reflowed: each numbered paragraph is the two sentences written, as one line.
        assertThat(numbered.get(0).text()).isEqualTo((p1 + p1).strip());
        assertThat(numbered.get(1).text()).isEqualTo((p2 + p1).strip());
    }

    @Test
    void docxAndUsptoXmlKeepTheirPrintedParagraphNumbers() throws Exception {
        for (Path file : new Path[] {ReferenceFixtures.docx(dir), ReferenceFixtures.usptoXml(dir)}) {
            ReferenceText ref = new ReferenceTextReader().read(file);
            assertThat(ref.pages()).as(file.toString()).isZero();
            assertThat(ref.paragraphs()).as(file.toString())
                    .filteredOn(p -> p.text().startsWith("The hoop") || p.text().startsWith("A key turns"))
                    .extracting(ReferenceParagraph::label, ReferenceParagraph::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("[0022]", ReferenceFixtures.HOOP),
                            org.assertj.core.groups.Tuple.tuple("[0023]", file.toString().endsWith(".xml")
                                    ? ReferenceFixtures.KEY + " FIG. 2 shows it." : ReferenceFixtures.KEY));
        }
        // The XML's heading, abstract and claims are searchable too, without numbers of their own.
        assertThat(new ReferenceTextReader().read(ReferenceFixtures.usptoXml(dir)).paragraphs())
                .extracting(ReferenceParagraph::text)
                .contains("DETAILED DESCRIPTION", "A shackle lock with a latch.", "1. A lock comprising a latch.");
    }

    @Test
    void plainTextKeepsOneParagraphPerLineWithoutPages() throws Exception {
        Path txt = dir.resolve("ref.txt");
        String a = "The lock has a U-shaped shackle made of hardened steel whose free end is held in a housing by a "
                + "latch that a key withdraws.";
        String b = "An espresso machine pumps heated water through a puck of coffee grounds at nine bar of pressure "
                + "for about twenty-five seconds.";
        Files.writeString(txt, a + "\n" + b + "\n");
        ReferenceText ref = new ReferenceTextReader().read(txt);
        assertThat(ref.pages()).isZero();
        assertThat(ref.paragraphs()).extracting(ReferenceParagraph::text).contains(a, b);
        assertThat(ref.paragraphs()).allMatch(p -> p.page() == 0);
    }

    @Test
    void badFilesGetOneLineMessages() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        Path scanned = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(scanned.toFile());
        }
        ReferenceTextReader reader = new ReferenceTextReader();
        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(ImportException.class)
                .hasMessage("empty.pdf is empty.");
        assertThatThrownBy(() -> reader.read(scanned)).isInstanceOf(ImportException.class)
                .hasMessageContaining("no text layer").hasMessageContaining("run OCR");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.pdf"))).isInstanceOf(ImportException.class)
                .hasMessage("missing.pdf does not exist.");
    }
}
