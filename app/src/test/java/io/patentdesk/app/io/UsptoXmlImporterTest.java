package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.patentdesk.app.SharedCorpus;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UsptoXmlImporterTest {
    private static final Path SAMPLES = SharedCorpus.dir().map(d -> d.resolve("xml-samples")).orElse(Path.of("absent"));

    @TempDir
    Path dir;

    static final String APPLICATION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <us-patent-application lang="EN" dtd-version="v4.4 2014-04-03" file="US20150000001A1-20150101.XML">
            <us-bibliographic-data-application><invention-title id="d2e43">Folding bicycle hinge</invention-title>
            </us-bibliographic-data-application>
            <abstract id="abstract"><p id="p-0010" num="0010">A hinge has a pin and a lever.</p></abstract>
            <description id="description">
            <heading id="h-0001" level="1">TECHNICAL FIELD</heading>
            <p id="p-0001" num="0001">The disclosure relates to hinges.</p>
            <heading id="h-0002" level="1">BACKGROUND</heading>
            <p id="p-0002" num="0002">Folding bicycles are known.</p>
            <heading id="h-0003" level="1">DETAILED DESCRIPTION</heading>
            <p id="p-0003" num="0003">The hinge 10 has a pin 12.</p>
            </description>
            <claims id="claims">
            <claim id="CLM-00001" num="00001"><claim-text>1. A hinge comprising a pin.</claim-text></claim>
            <claim id="CLM-00002" num="00002"><claim-text>2. The hinge of <claim-ref idref="CLM-00001">claim 1</claim-ref>, wherein the pin is steel.</claim-text></claim>
            </claims>
            </us-patent-application>
            """;

    @Test
    void anApplicationXmlBecomesAMatterWithSections() throws Exception {
        Path f = Files.writeString(dir.resolve("US20150000001A1.xml"), APPLICATION);
        ImportedMatter r = new MatterImporter().importDraft(f);
        Matter m = r.matter();
        assertThat(m.title()).isEqualTo("Folding bicycle hinge");
        assertThat(m.section(Section.TECHNICAL_FIELD)).isEqualTo("The disclosure relates to hinges.");
        assertThat(m.section(Section.BACKGROUND)).isEqualTo("Folding bicycles are known.");
        assertThat(m.section(Section.DETAILED_DESCRIPTION)).isEqualTo("The hinge 10 has a pin 12.");
        assertThat(m.section(Section.ABSTRACT)).isEqualTo("A hinge has a pin and a lever.");
        assertThat(m.claims()).startsWith("1. A hinge comprising a pin.\n2. The hinge of claim 1");
    }

    @Test
    void xmlThatIsNotAPatentIsOneClearMessage() throws Exception {
        Path f = Files.writeString(dir.resolve("pom.xml"), "<?xml version=\"1.0\"?><project><a>b</a></project>");
        assertThatThrownBy(() -> new MatterImporter().importDraft(f)).isInstanceOf(ImportException.class)
                .hasMessageNotContaining("Exception").hasMessageEndingWith(".");
    }

    static Stream<Path> samples() throws Exception {
        if (!Files.isDirectory(SAMPLES)) {
            return Stream.of(Path.of("absent"));
        }
        return Files.walk(SAMPLES).filter(p -> p.toString().endsWith(".xml")).sorted();
    }

    /** The v4 XML formats (2005 onward) that drafters download today must all import with sections. */
    @Test
    void everyCurrentFormatSampleImportsWithDescriptionSections() throws Exception {
        assumeTrue(Files.isDirectory(SAMPLES), "shared corpus absent");
        java.util.List<Path> current;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            current = files.filter(p -> p.toString().matches(".*(xml20(06|14)|xmlApp2004|/v4-\\d-[AB]\\d).*\\.xml"))
                    .filter(UsptoXmlImporterTest::hasClaims).sorted().toList(); // some test files are truncated
        }
        assertThat(current).hasSizeGreaterThan(5);
        for (Path p : current) {
            Matter m = new MatterImporter().importDraft(p).matter();
            assertThat(m.claims()).as(p.toString()).startsWith("1");
            assertThat(m.section(Section.DETAILED_DESCRIPTION)).as(p.toString()).isNotBlank();
            assertThat(m.section(Section.ABSTRACT)).as(p.toString()).isNotBlank();
        }
    }

    private static boolean hasClaims(Path p) {
        try {
            return Files.readString(p).contains("<claim ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Real USPTO files of every format: each imports with claims, or fails with a one-line message. */
    @ParameterizedTest
    @MethodSource("samples")
    void realUsptoFilesImport(Path sample) {
        assumeTrue(Files.isRegularFile(sample), "shared corpus absent");
        try {
            ImportedMatter r = new MatterImporter().importDraft(sample);
            assertThat(r.matter().claims()).startsWith("1");
            assertThat(r.matter().title()).isNotBlank();
        } catch (ImportException e) {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
        }
    }
}
