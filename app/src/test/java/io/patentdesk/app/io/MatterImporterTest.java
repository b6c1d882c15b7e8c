package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatterImporterTest {
    @TempDir
    Path dir;

    @Test
    void theReaderIsChosenByContentNotByExtension() throws Exception {
        Path docxNamedTxt = dir.resolve("draft.txt");
        new DocxExporter().export(DocxRoundTripTest.sample(), docxNamedTxt);
        assertThat(MatterImporter.kindOf(docxNamedTxt)).isEqualTo(MatterImporter.Kind.DOCX);
        assertThat(new MatterImporter().importDraft(docxNamedTxt).matter().claims()).startsWith("1. A hinge");

        Path pdf = dir.resolve("prior-art");
        new PdfExporter().export(DocxRoundTripTest.sample(), pdf);
        assertThat(MatterImporter.kindOf(pdf)).isEqualTo(MatterImporter.Kind.PDF);
        assertThat(new MatterImporter().importReference(pdf).pageCount()).isEqualTo(3);
        assertThatThrownBy(() -> new MatterImporter().importDraft(pdf)).isInstanceOf(ImportException.class)
                .hasMessageContaining("read-only references");

        Path text = Files.writeString(dir.resolve("claims"), "1. A lamp.");
        assertThat(new MatterImporter().importDraft(text).kind()).isEqualTo(ImportedMatter.Kind.CLAIMS_ONLY);
    }

    @Test
    void missingAndEmptyFilesAreOneClearMessage() throws Exception {
        assertThatThrownBy(() -> new MatterImporter().importDraft(dir.resolve("nope.docx")))
                .isInstanceOf(ImportException.class).hasMessage("nope.docx does not exist.");
        Path empty = Files.write(dir.resolve("e.txt"), new byte[0]);
        assertThatThrownBy(() -> new MatterImporter().importDraft(empty)).hasMessage("e.txt is empty.");
    }
}
