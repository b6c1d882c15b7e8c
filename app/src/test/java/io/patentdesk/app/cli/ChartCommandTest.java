package io.patentdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandTest {
    @TempDir
    Path dir;

    static final String CLAIMS = "1. A bicycle lock, comprising:\n a U-shaped shackle;\n"
            + " a locking body receiving a free end of the shackle; and\n a key cylinder operating a latch.\n"
            + "2. The lock of claim 1, wherein the shackle is hardened steel.\n";

    private Path[] files() throws Exception {
        Path claims = Files.writeString(dir.resolve("claims.txt"), CLAIMS);
        Path lock = Files.writeString(dir.resolve("lock.txt"), String.join("\n",
                "[0010] The hoop is bent into a U shape from hardened steel, and its free end is received in the "
                        + "housing, where a spring latch holds it until released.",
                "[0011] A key turns a cylinder in the housing, which withdraws the latch so the hoop can be pulled "
                        + "out of the housing and the bicycle freed.",
                "[0012] The housing is painted black and carries the name of the maker on its front face."));
        Path coffee = Files.writeString(dir.resolve("coffee.txt"), String.join("\n",
                "Hot water is forced through ground coffee beans under a pressure of nine bar in the machine.",
                "The portafilter holds the compacted grounds while the pump runs for twenty-five seconds."));
        return new Path[] {claims, coffee, lock};
    }

    @Test
    void jsonHasTheContractShapeWithOffsetsIntoTheClaimsFile() throws Exception {
        Path[] f = files();
        CliRun run = CliRun.run("chart", "--data-dir", dir.resolve("data").toString(), f[0].toString(), "--reference", f[1].toString(), "--reference",
                f[2].toString(), "--top", "1", "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(fieldNames(root)).containsExactly("references", "elements");
        assertThat(fieldNames(root.path("references").get(0))).containsExactly("file", "pages");
        assertThat(root.path("references").get(1).path("file").asText()).isEqualTo(f[2].toString());
        assertThat(root.path("references").get(1).path("pages").isNull()).isTrue();
        JsonNode elements = root.path("elements");
        assertThat(elements).hasSize(6);
        for (JsonNode e : elements) {
            assertThat(fieldNames(e)).containsExactly("claim", "text", "start", "end", "matches");
            assertThat(CLAIMS.substring(e.path("start").asInt(), e.path("end").asInt()).replaceAll("\\s+", " "))
                    .isEqualTo(e.path("text").asText());
            JsonNode matches = e.path("matches");
            assertThat(matches).hasSize(2); // --top 1: the best of each reference
            for (JsonNode m : matches) {
                assertThat(fieldNames(m)).containsExactly("reference", "page", "paragraph", "text", "score");
            }
            assertThat(matches.get(0).path("score").asDouble()).isGreaterThanOrEqualTo(matches.get(1).path("score").asDouble());
        }
        JsonNode latch = elements.get(3);
        assertThat(latch.path("text").asText()).isEqualTo("a key cylinder operating a latch");
        assertThat(latch.path("matches").get(0).path("reference").asInt()).isEqualTo(1);
        assertThat(latch.path("matches").get(0).path("paragraph").asText()).isEqualTo("[0011]");
        assertThat(latch.path("matches").get(0).path("page").isNull()).isTrue();
    }

    @Test
    void docxAndCsvAreWrittenWithTheChartRows() throws Exception {
        Path[] f = files();
        Path docx = dir.resolve("chart.docx");
        CliRun run = CliRun.run("chart", "--data-dir", dir.resolve("data").toString(), f[0].toString(), "--reference", f[2].toString(), "--claims", "2",
                "--format", "docx", "--out", docx.toString());
        assertThat(run.status()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            var table = doc.getTables().get(0);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Claim element");
            assertThat(table.getRows()).hasSize(1 + 2 * 3); // two elements of claim 2, three passages each
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Claim 2: The lock of claim 1");
            // The passage's words that match the element's (stemmed alike) are bold, the rest plain.
            var steelRow = table.getRows().stream()
                    .filter(r -> r.getCell(0).getText().equals("Claim 2: the shackle is hardened steel")
                            && r.getCell(2).getText().contains("hardened steel"))
                    .findFirst().orElseThrow();
            var runs = steelRow.getCell(2).getParagraphs().get(0).getRuns();
            assertThat(runs.stream().filter(r -> r.isBold()).map(r -> r.text()).toList())
                    .contains("hardened", "steel").doesNotContain("housing");
            assertThat(runs.stream().filter(r -> !r.isBold()).map(r -> r.text()).toList())
                    .anyMatch(t -> t.contains("housing"));
        }
        CliRun csv = CliRun.run("chart", "--data-dir", dir.resolve("data").toString(), f[0].toString(), "--reference", f[2].toString(), "--claims", "2",
                "--top", "1", "--format", "csv");
        String[] lines = csv.out().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("claim,element,start,end,reference,page,paragraph,passage,score,disclosed,note");
        assertThat(lines[1]).startsWith("2,\"The lock of claim 1\",");
    }

    @Test
    void docxAndUsptoXmlReferencesCiteTheirPrintedParagraphNumbers() throws Exception {
        Path claims = Files.writeString(dir.resolve("claims.txt"), "1. A lock comprising a key cylinder that"
                + " withdraws a latch.\n");
        Path docx = io.patentdesk.app.prior.ReferenceFixtures.docx(dir);
        Path xml = io.patentdesk.app.prior.ReferenceFixtures.usptoXml(dir);
        CliRun run = CliRun.run("chart", "--data-dir", dir.resolve("data").toString(), claims.toString(),
                "--reference", docx.toString(), "--reference", xml.toString(), "--top", "3", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode latch = new ObjectMapper().readTree(run.out()).path("elements").get(1);
        assertThat(latch.path("text").asText()).isEqualTo("a key cylinder that withdraws a latch");
        List<Integer> citing = new ArrayList<>();
        for (JsonNode m : latch.path("matches")) {
            assertThat(m.path("page").isNull()).isTrue();
            if (m.path("text").asText().startsWith("A key turns a cylinder")) {
                assertThat(m.path("paragraph").asText()).as(m.toString()).isEqualTo("[0023]");
                citing.add(m.path("reference").asInt());
            }
        }
        assertThat(citing).as("the [0023] passage of both references").containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void referenceSpecChartsTheApplicationsOwnDescription() throws Exception {
        Path application = io.patentdesk.app.prior.ReferenceFixtures.usptoXml(dir);
        CliRun run = CliRun.run("chart", "--data-dir", dir.resolve("data").toString(), application.toString(),
                "--reference-spec", "--top", "1", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("references").get(0).path("file").asText()).isEqualTo("(specification)");
        JsonNode latch = root.path("elements").get(1);
        assertThat(latch.path("text").asText()).isEqualTo("a latch");
        JsonNode best = latch.path("matches").get(0);
        assertThat(best.path("paragraph").asText()).matches("\\[\\d{4}]");
        assertThat(best.path("text").asText()).contains("latch");
        // A file of claims only has no description to chart.
        CliRun none = CliRun.run("chart", "--data-dir", dir.resolve("data").toString(), files()[0].toString(),
                "--reference-spec");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err().strip()).isEqualTo("patentdesk: claims.txt has no description to chart"
                + " (--reference-spec needs a whole application).");
        CliRun nothing = CliRun.run("chart", "--data-dir", dir.resolve("data").toString(), files()[0].toString());
        assertThat(nothing.err().strip())
                .isEqualTo("patentdesk: add a prior-art file with --reference FILE (or --reference-spec).");
    }

    @Test
    void chineseClaimsAreChartedAgainstChineseReferencesByWords() throws Exception {
        java.util.Optional<Path> corpus = io.patentdesk.app.SharedCorpus.dir()
                .map(d -> d.resolve("cn-claims/cn-claims-000.jsonl")).filter(Files::isRegularFile);
        org.junit.jupiter.api.Assumptions.assumeTrue(corpus.isPresent(), "no ../shared/corpus/cn-claims");
        List<JsonNode> apps = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(corpus.get())) {
            JsonNode r = json.readTree(line);
            if (!r.path("abstract").asText("").isBlank() && apps.size() < 5) {
                apps.add(r);
            }
        }
        // Claim 1 of the first application against the abstracts of five, each a reference of its own.
        Path claims = Files.writeString(dir.resolve("cn-claims.txt"), apps.get(0).path("claims").get(0).asText());
        List<String> args = new ArrayList<>(List.of("chart", "--data-dir", dir.resolve("data").toString(),
                claims.toString(), "--top", "1", "--format", "json"));
        for (JsonNode a : apps) {
            args.add("--reference");
            args.add(Files.writeString(dir.resolve(a.path("id").asText() + ".txt"), a.path("abstract").asText())
                    .toString());
        }
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode preamble = json.readTree(run.out()).path("elements").get(0);
        assertThat(preamble.path("claim").asInt()).isEqualTo(1);
        JsonNode best = preamble.path("matches").get(0);
        assertThat(best.path("reference").asInt()).as(preamble.toString()).isZero();
    }

    @Test
    void unusableInputIsOneLineWithStatus2() throws Exception {
        Path[] f = files();
        CliRun missing = CliRun.run("chart", "--data-dir", dir.resolve("data").toString(), f[0].toString(), "--reference", dir.resolve("nope.pdf").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("patentdesk: nope.pdf does not exist.");
        CliRun docx = CliRun.run("chart", "--data-dir", dir.resolve("data").toString(), f[0].toString(), "--reference", f[1].toString(), "--format", "docx");
        assertThat(docx.err().strip()).isEqualTo("patentdesk: --format docx writes a file: add --out FILE.docx.");
        CliRun claim = CliRun.run("chart", "--data-dir", dir.resolve("data").toString(), f[0].toString(), "--reference", f[1].toString(), "--claims", "7");
        assertThat(claim.err().strip()).isEqualTo("patentdesk: claim 7 is not in claims.txt");
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
