package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextImporterTest {
    private final PlainTextImporter importer = new PlainTextImporter();

    static final String APPLICATION = """
            FOLDING BICYCLE HINGE

            TECHNICAL FIELD

            [0001] The present disclosure relates to hinges for folding
            bicycle frames.

            BACKGROUND OF THE INVENTION

            [0002] Folding bicycles are known.

            [0003] Their hinges wear out.

            SUMMARY

            [0004] A hinge (10) has a pin (12).

            DETAILED DESCRIPTION

            [0005] As shown in FIG. 1, the hinge 10 comprises a pin 12 and a lever 14.

            What is claimed is:

            1. A hinge comprising:
            a pin; and
            a lever coupled to the pin.

            2. The hinge of claim 1, wherein the pin is steel.

            ABSTRACT

            A hinge for a folding bicycle has a pin and a lever.
            """;

    private ImportedMatter read(String text) {
        return importer.read(text.getBytes(StandardCharsets.UTF_8), "draft");
    }

    @Test
    void aWholeApplicationIsSplitByItsHeadingsAndHardWrapsAreJoined() {
        ImportedMatter r = read(APPLICATION);
        Matter m = r.matter();
        assertThat(r.kind()).isEqualTo(ImportedMatter.Kind.WHOLE_APPLICATION);
        assertThat(r.notes()).isEmpty();
        assertThat(m.title()).isEqualTo("FOLDING BICYCLE HINGE");
        assertThat(m.section(Section.TITLE)).isEqualTo("FOLDING BICYCLE HINGE");
        assertThat(m.section(Section.TECHNICAL_FIELD))
                .isEqualTo("The present disclosure relates to hinges for folding bicycle frames.");
        assertThat(m.section(Section.BACKGROUND)).isEqualTo("Folding bicycles are known.\nTheir hinges wear out.");
        assertThat(m.section(Section.DETAILED_DESCRIPTION)).startsWith("As shown in FIG. 1");
        assertThat(m.claims()).isEqualTo("1. A hinge comprising: a pin; and a lever coupled to the pin.\n"
                + "2. The hinge of claim 1, wherein the pin is steel.");
        assertThat(m.section(Section.ABSTRACT)).isEqualTo("A hinge for a folding bicycle has a pin and a lever.");
    }

    @Test
    void aClaimsOnlyFileBecomesTheClaims() {
        ImportedMatter r = read("1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is an LED.\n");
        assertThat(r.kind()).isEqualTo(ImportedMatter.Kind.CLAIMS_ONLY);
        assertThat(r.matter().claims()).isEqualTo(
                "1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is an LED.");
        assertThat(r.matter().specification().isEmpty()).isTrue();
        assertThat(r.matter().title()).isEqualTo("draft");
    }

    @Test
    void textWithoutHeadingsOrClaimsBecomesTheDescriptionWithANote() {
        ImportedMatter r = read("Some notes about an invention.");
        assertThat(r.kind()).isEqualTo(ImportedMatter.Kind.DESCRIPTION_ONLY);
        assertThat(r.matter().section(Section.DETAILED_DESCRIPTION)).isEqualTo("Some notes about an invention.");
        assertThat(r.notes()).hasSize(1);
    }

    @Test
    void windows1252AndBomAreDecoded() {
        byte[] cp1252 = "1. A device for 5\u00b0 tilt.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(importer.read(cp1252, "d").matter().claims()).isEqualTo("1. A device for 5\u00b0 tilt.");
        byte[] bom = ("\uFEFF1. A device \u2264 5 mm.").getBytes(StandardCharsets.UTF_8);
        assertThat(importer.read(bom, "d").matter().claims()).isEqualTo("1. A device \u2264 5 mm.");
    }

    @Test
    void anEmptyFileIsOneClearMessage() {
        assertThatThrownBy(() -> read("  \n\n ")).isInstanceOf(ImportException.class).hasMessage("draft is empty.");
    }
}
