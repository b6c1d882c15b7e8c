package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    @TempDir
    Path dir;

    private static final String APPLICATION = """
            Lamp with a bulb

            FIELD OF THE INVENTION
            This invention relates to lamps.

            BACKGROUND
            Lamps have a bulb 12.

            Detailed Description of the Preferred Embodiments
            The bulb 12 sits in a socket 14.

            What is claimed is:
            1. A lamp comprising a bulb.
            2. The lamp of claim 1, wherein the bulb is red.

            ABSTRACT OF THE DISCLOSURE
            A lamp with a bulb.
            """;

    @Test
    void splitsASectionedApplicationWithOffsetsIntoTheFile() throws DocumentException {
        Document d = DocumentReader.parse(APPLICATION);
        assertThat(d.format()).isEqualTo(Document.Format.SECTIONED_TEXT);
        assertThat(d.title()).isEqualTo("Lamp with a bulb");
        assertThat(d.abstractText()).isEqualTo("A lamp with a bulb.");
        assertThat(d.description()).startsWith("FIELD OF THE INVENTION").contains("socket 14.")
                .doesNotContain("What is claimed");
        for (Part p : Part.values()) {
            assertThat(APPLICATION.substring(d.origin(p), d.origin(p) + d.text(p).length())).isEqualTo(d.text(p));
        }
        Report r = new Analyzer().analyze(d);
        assertThat(r.claims().claims()).hasSize(2);
        Claim two = r.claims().claims().get(1);
        assertThat(APPLICATION.substring(two.start(), two.end()))
                .isEqualTo("2. The lamp of claim 1, wherein the bulb is red.");
    }

    /** A Chinese application as one text, in the order of the CNIPA forms; one heading spaced out as PDF layers give it. */
    private static final String ZH_APPLICATION = """
            说明书摘要
            本发明公开了一种夹具，包括底座和支架，结构简单。
            摘要附图
            图1
            权 利 要 求 书
            1.一种夹具，包括底座和支架，所述支架固定于所述底座。
            2.根据权利要求1所述的夹具，其特征在于，所述底座为金属。
            说明书
            一种夹具
            技术领域
            [0001]本发明涉及一种夹具。
            背景技术
            [0002]现有夹具结构复杂。
            具体实施方式
            [0003]如图1所示，底座1上固定支架2。
            说明书附图
            图1
            """;

    @Test
    void splitsAChineseApplicationByItsHeadingsWithOffsetsIntoTheFile() throws DocumentException {
        Document d = DocumentReader.parse(ZH_APPLICATION);
        assertThat(d.format()).isEqualTo(Document.Format.SECTIONED_TEXT);
        assertThat(d.title()).isEqualTo("一种夹具");
        assertThat(d.abstractText()).isEqualTo("本发明公开了一种夹具，包括底座和支架，结构简单。");
        assertThat(d.claims()).startsWith("1.一种夹具").doesNotContain("说明书");
        // the description runs from 说明书 to the drawings, which are not in it
        assertThat(d.description()).startsWith("说明书\n一种夹具\n技术领域").contains("[0003]如图1所示")
                .doesNotContain("说明书附图").doesNotContain("权利要求书");
        for (Part p : Part.values()) {
            assertThat(ZH_APPLICATION.substring(d.origin(p), d.origin(p) + d.text(p).length())).isEqualTo(d.text(p));
        }
        Report r = new Analyzer().analyze(d, Office.CNIPA, Suppressions.none());
        assertThat(r.claims().claims()).hasSize(2);
        assertThat(r.fees().descriptionPages()).isEqualTo(1);
        Claim two = r.claims().claims().get(1);
        assertThat(ZH_APPLICATION.substring(two.start(), two.end()))
                .isEqualTo("2.根据权利要求1所述的夹具，其特征在于，所述底座为金属。");
    }

    @Test
    void chineseClaimsUnderTheirHeadingAloneStayAClaimsText() throws DocumentException {
        Document d = DocumentReader.parse("权利要求书\n1.一种灯，包括灯泡。\n2.根据权利要求1所述的灯，其中所述灯泡为红色。");
        assertThat(d.format()).isEqualTo(Document.Format.CLAIMS_TEXT);
    }

    @Test
    void aClaimsTextStaysAClaimsText() throws DocumentException {
        Document d = DocumentReader.parse("CLAIMS\n1. A lamp.\n2. The lamp of claim 1.");
        assertThat(d.format()).isEqualTo(Document.Format.CLAIMS_TEXT);
        assertThat(d.claims()).startsWith("CLAIMS");
    }

    @Test
    void readsUsptoXmlWithoutLoadingExternalEntities() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE us-patent-grant SYSTEM \"us-patent-grant-v45.dtd\" [\n"
                + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<us-patent-grant><us-bibliographic-data-grant><invention-title>Lamp &xxe;</invention-title>"
                + "</us-bibliographic-data-grant><abstract><p>A lamp.</p></abstract>"
                + "<description><heading>BACKGROUND</heading><p>Lamps have bulbs.</p></description>"
                + "<claims><claim id=\"CLM-00001\" num=\"00001\"><claim-text>1. A lamp comprising:"
                + "<claim-text>a bulb; and</claim-text><claim-text>a socket.</claim-text></claim-text></claim>"
                + "<claim id=\"CLM-00002\" num=\"00002\"><claim-text>The lamp of <claim-ref idref=\"CLM-00001\">claim 1"
                + "</claim-ref>, wherein the bulb is red.</claim-text></claim></claims></us-patent-grant>";
        Document d = DocumentReader.parse(xml);
        assertThat(d.format()).isEqualTo(Document.Format.USPTO_XML);
        assertThat(d.title()).doesNotContain("TOPSECRET").startsWith("Lamp");
        assertThat(d.abstractText()).isEqualTo("A lamp.");
        assertThat(d.description()).isEqualTo("BACKGROUND\nLamps have bulbs.");
        assertThat(d.claims()).isEqualTo("1. A lamp comprising: a bulb; and a socket.\n"
                + "2. The lamp of claim 1, wherein the bulb is red.");
        Report r = new Analyzer().analyze(d);
        assertThat(r.claims().claims().get(1).references()).containsExactly(1);
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void refusesTheBillionLaughs() throws Exception {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE us-patent-grant [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
                + "<us-patent-grant><invention-title>&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;</invention-title>"
                + "<claims><claim num=\"1\"><claim-text>1. A lamp.</claim-text></claim></claims></us-patent-grant>";
        // Either the parser refuses the expansion, or entity references stay unexpanded: never a gigabyte title.
        try {
            Document d = DocumentReader.parse(bomb);
            assertThat(d.title().length()).isLessThan(1000);
        } catch (DocumentException e) {
            assertThat(e.getMessage()).startsWith("the XML file cannot be read");
        }
    }

    @Test
    void refusesUnusableFilesWithOneLineMessages() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {'a', 0, 'b'});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "1. A caf\u00e9.".getBytes(StandardCharsets.ISO_8859_1));
        Path pdf = Files.write(dir.resolve("x.pdf"), "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> DocumentReader.read(empty)).hasMessage("empty.txt is empty");
        assertThatThrownBy(() -> DocumentReader.read(binary)).hasMessageContaining("not a text file");
        assertThatThrownBy(() -> DocumentReader.read(latin1)).hasMessageContaining("not valid UTF-8 (bad byte at offset 8)");
        assertThatThrownBy(() -> DocumentReader.read(pdf)).hasMessageContaining("a PDF file");
        assertThatThrownBy(() -> DocumentReader.read(dir.resolve("none.txt"))).hasMessage("none.txt does not exist");
    }

    @Test
    void dropsAByteOrderMark() throws Exception {
        Path bom = Files.write(dir.resolve("bom.txt"), "\uFEFF1. A lamp.".getBytes(StandardCharsets.UTF_8));
        assertThat(DocumentReader.read(bom).claims()).isEqualTo("1. A lamp.");
    }

    @Test
    void readsTheCorpusXmlSamplesOfVersionFour() throws Exception {
        Path samples = Path.of("../../shared/corpus/xml-samples/go-uspto");
        Assumptions.assumeTrue(Files.isDirectory(samples), "shared corpus not present");
        List<Path> files;
        try (Stream<Path> s = Files.walk(samples)) {
            files = s.filter(p -> p.getFileName().toString().matches("v4-[45]-.*\\.xml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        for (Path f : files) {
            Document d = DocumentReader.read(f);
            assertThat(d.title()).as(f.toString()).isNotBlank();
            assertThat(d.description()).as(f.toString()).hasSizeGreaterThan(1000);
            ClaimSet claims = new Analyzer().parseClaims(d);
            assertThat(claims.size()).as(f.toString()).isGreaterThan(1);
            assertThat(claims.claims()).as(f.toString()).anyMatch(c -> c.kind() == ClaimKind.DEPENDENT);
            assertThat(claims.claims()).allMatch(c -> d.claims().substring(c.start(), c.end()).equals(c.text()));
        }
    }

    @Test
    void readsAGreenBookFileFromTheCorpus() throws Exception {
        Path f = Path.of("../../shared/corpus/xml-samples/PatentPublicData/greenbook/US03932709.greenbook");
        Assumptions.assumeTrue(Files.isRegularFile(f), "shared corpus not present");
        Document d = DocumentReader.read(f);
        assertThat(d.format()).isEqualTo(Document.Format.USPTO_GREENBOOK);
        assertThat(d.title()).startsWith("Electronic business telephone");
        ClaimSet claims = new Analyzer().parseClaims(d);
        assertThat(claims.claims().get(1).text()).startsWith("2. The electronic communications terminal of claim 1");
    }
}
