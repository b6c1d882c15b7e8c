package io.patentdesk.app.cli;

import static io.patentdesk.app.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void cleanClaimsExitZero() throws IOException {
        Path f = write("ok.txt", "1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is red.\n");
        CliRun r = run("check", f.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("No findings").contains("Claim tree").contains("Fees");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void errorsExitOneAndTextIsGroupedByClaim() throws IOException {
        Path f = write("bad.txt", "1. A lamp comprising a socket.\n2. The lamp of claim 1, wherein the bulb is bright.\n");
        CliRun r = run("check", f.toString(), "--format", "text");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("Claim 2 (dependent on 1)").contains("error").contains("antecedent-basis")
                .contains("[MPEP 2173.05(e)]").contains("line 2:");
    }

    @Test
    void jsonHasTheFixedShapeAndExactOffsets() throws IOException {
        String text = "What is claimed is:\n1. A lamp comprising a socket.\n"
                + "2 . The lamp according to claim 1 , wherein the bulb is bright .\n"
                + "3. The lamp of claim 1 or 2, wherein the socket is red.\n";
        Path f = write("claims.txt", text);
        CliRun r = run("check", f.toString(), "--format", "json");
        assertThat(r.status()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(names(root)).containsExactly("claims", "findings", "fees", "office");
        assertThat(root.get("office").asText()).isEqualTo("uspto");
        JsonNode c2 = root.get("claims").get(1);
        assertThat(names(c2)).startsWith("number", "kind", "dependsOn", "start", "end");
        assertThat(c2.get("kind").asText()).isEqualTo("dependent");
        assertThat(text.substring(c2.get("start").asInt(), c2.get("end").asInt())).startsWith("2 . The lamp")
                .endsWith("bright .");
        assertThat(root.get("claims").get(2).get("kind").asText()).isEqualTo("multiple-dependent");
        assertThat(root.get("claims").get(2).get("dependsOn").toString()).isEqualTo("[1,2]");
        JsonNode f0 = root.get("findings").get(0);
        assertThat(names(f0)).startsWith("rule", "severity", "claim", "start", "end", "message", "citation");
        assertThat(f0.get("rule").asText()).isEqualTo("antecedent-basis");
        assertThat(f0.get("claim").asInt()).isEqualTo(2);
        assertThat(text.substring(f0.get("start").asInt(), f0.get("end").asInt())).isEqualTo("the bulb");
        assertThat(names(root.get("fees"))).containsExactly("totalClaims", "independentClaims",
                "multipleDependentClaims", "feeCountedClaims", "excessTotal", "excessIndependent", "amount", "currency",
                "feeSchedule", "entity");
        assertThat(root.get("fees").get("feeCountedClaims").asInt()).isEqualTo(4);
    }

    @Test
    void everyFindingSaysHowSureItIsAndTheTextNamesOnlyTheUnsureOnes() throws IOException {
        String text = "1. A garment comprising a body, wherein the front side of the body carries a print.\n"
                + "2. The garment of claim 1, wherein the collar is white.\n";
        Path f = write("garment.txt", text);
        JsonNode root = new ObjectMapper().readTree(run("check", f.toString(), "--format", "json").out());
        java.util.Map<String, String> sure = new java.util.HashMap<>();
        for (JsonNode n : root.get("findings")) {
            String confidence = n.get("confidence").asText();
            assertThat(confidence).isIn("certain", "likely", "possible");
            if (n.get("severity").asText().equals("error")) {
                assertThat(confidence).isNotEqualTo("possible");
            }
            sure.put(text.substring(n.get("start").asInt(), n.get("end").asInt()), confidence);
        }
        assertThat(sure).containsEntry("the front side", "possible").containsEntry("the collar", "certain");
        String out = run("check", f.toString()).out();
        assertThat(out).contains("(possible) 'the front side' in claim 1");
        assertThat(out).contains("  'the collar' in claim 2").doesNotContain("(certain)");
    }

    @Test
    void aWholeApplicationFileGivesOffsetsIntoThatFile() throws IOException {
        String text = "Lamp with bulb\n\nBACKGROUND\nLamps have a bulb 12 and a socket 14.\n\n"
                + "DETAILED DESCRIPTION\nThe bulb 12 sits in the socket 14. The seat 14 is soft.\n\n"
                + "CLAIMS\n1. A lamp comprising a bulb and a reflector.\n2. The lamp of claim 1, wherein the cap is red.\n\n"
                + "ABSTRACT\nA lamp with a bulb.\n";
        Path f = write("app.txt", text);
        CliRun r = run("check", f.toString(), "--format", "json");
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> found = new ArrayList<>();
        for (JsonNode n : root.get("findings")) {
            found.add(n.get("rule").asText() + "=" + text.substring(n.get("start").asInt(), n.get("end").asInt()));
        }
        assertThat(found).contains("antecedent-basis=the cap", "unsupported-term=reflector",
                "reference-numeral=seat 14");
        JsonNode c1 = root.get("claims").get(0);
        assertThat(text.substring(c1.get("start").asInt(), c1.get("end").asInt()))
                .isEqualTo("1. A lamp comprising a bulb and a reflector.");
    }

    @Test
    void aSeparateSpecFileIsUsedForSupportAndNumerals() throws IOException {
        Path claims = write("c.txt", "1. A lamp comprising a bulb and a reflector.\n");
        String specText = "The lamp has a bulb 12. The cap 12 is red.";
        Path spec = write("spec.txt", specText);
        CliRun r = run("check", claims.toString(), "--spec", spec.toString(), "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        boolean numeral = false;
        for (JsonNode n : root.get("findings")) {
            if (n.get("rule").asText().equals("reference-numeral")) {
                numeral = true;
                assertThat(n.get("part").asText()).isEqualTo("description");
                assertThat(specText.substring(n.get("start").asInt(), n.get("end").asInt())).isEqualTo("cap 12");
            }
        }
        assertThat(numeral).isTrue();
        assertThat(r.out()).contains("unsupported-term");
    }

    @Test
    void semanticSupportTurnsATermDescribedInOtherWordsIntoAnInfo() throws IOException {
        Path claims = write("c.txt", "1. A bike lock comprising a shackle and an espresso pump.\n");
        Path spec = write("spec.txt", "[0010] The lock has a U-shaped shackle of hardened steel.\n"
                + "[0011] The bicycle lock is mounted on the frame with a bracket.\n");
        JsonNode plain = new ObjectMapper().readTree(run("check", claims.toString(), "--spec", spec.toString(),
                "--format", "json").out());
        CliRun r = run("check", claims.toString(), "--spec", spec.toString(), "--format", "json",
                "--semantic-support");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> before = new java.util.ArrayList<>();
        plain.get("findings").forEach(n -> before.add(n.get("rule").asText() + ":" + n.get("term").asText()));
        List<String> after = new java.util.ArrayList<>();
        root.get("findings").forEach(n -> after.add(n.get("rule").asText() + ":" + n.get("term").asText()));
        assertThat(before).contains("unsupported-term:bike lock", "unsupported-term:espresso pump");
        assertThat(after).contains("semantic-support:bike lock", "unsupported-term:espresso pump")
                .doesNotContain("unsupported-term:bike lock").hasSameSizeAs(before);
        for (JsonNode n : root.get("findings")) {
            if (n.get("rule").asText().equals("semantic-support")) {
                assertThat(n.get("severity").asText()).isEqualTo("info");
                assertThat(n.get("message").asText()).contains("paragraph [0011]");
            }
        }
    }

    @Test
    void suppressionSilencesATerm() throws IOException {
        Path f = write("s.txt", "1. A lamp comprising a substantially round bulb.\n");
        assertThat(run("check", f.toString()).out()).contains("indefinite-term");
        CliRun r = run("check", f.toString(), "--suppress", "term:indefinite-term:substantially");
        assertThat(r.out()).doesNotContain("indefinite-term").contains("1 finding suppressed");
    }

    @Test
    void badClaimNumbersAndCircularReferencesAreFindings() throws IOException {
        Path zero = write("zero.txt", "0. A lamp.\n99999. A bulb.\n");
        CliRun r = run("check", zero.toString(), "--format", "json");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("claim-numbering").contains("99999");
        Path circular = write("circ.txt", "1. The lamp of claim 2.\n2. The lamp of claim 1.\n");
        CliRun c = run("check", circular.toString());
        assertThat(c.status()).isEqualTo(1);
        assertThat(c.out()).contains("dependency-missing").contains("refers to claim 2, which comes later");
    }

    @Test
    void theClaimTreeShowsEachClaimUnderEveryClaimItDependsOn() throws IOException {
        Path f = write("tree.txt", """
                1. A lamp comprising a bulb.
                2. The lamp of claim 1, wherein the bulb is red.
                3. A method comprising lighting a lamp.
                4. The lamp of claim 2 or 3, wherein the bulb is big.
                5. The lamp of claim 4, wherein the bulb is round.
                6. The lamp of claim 9, wherein the bulb is hot.
                """);
        String out = run("check", f.toString()).out().replace(System.lineSeparator(), "\n");
        assertThat(out).contains("""

                Claim tree
                  1
                  └─ 2
                     └─ 4  (multiple dependent)
                        └─ 5
                  3
                  └─ 4  (multiple dependent)
                     └─ 5
                  6  (refers to missing or later claim 9)

                Fees""");
    }

    @Test
    void aChainOfThousandsOfClaimsIsCheckedAndItsTreeContinuesAtTheTop() throws IOException {
        StringBuilder sb = new StringBuilder("1. A lamp comprising a bulb.\n");
        for (int i = 2; i <= 3_000; i++) {
            sb.append(i).append(". The lamp of claim ").append(i - 1).append(", wherein the bulb is red.\n");
        }
        CliRun r = run("check", write("chain.txt", sb.toString()).toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        String indent64 = "  " + "   ".repeat(63);
        assertThat(r.out()).contains("No findings")
                .contains(indent64 + "└─ 65  (dependents continued below)" + System.lineSeparator())
                .contains(System.lineSeparator() + "  65  (continued: nested too deep above)" + System.lineSeparator())
                .contains(indent64 + "└─ 2945  (dependents continued below)" + System.lineSeparator())
                .contains("  " + "   ".repeat(54) + "└─ 3000" + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "blank", "binary", "utf8", "huge", "noclaims", "missing", "folder", "office",
        "entity", "suppression", "xml", "prose"})
    void unusableInputExitsTwoWithOneLine(String kind) throws IOException {
        List<String> args = new ArrayList<>(List.of("check"));
        switch (kind) {
            case "empty" -> args.add(write("e.txt", "").toString());
            case "blank" -> args.add(write("b.txt", "  \n\n ").toString());
            case "binary" -> args.add(write("x.bin", new byte[] {1, 2, 0, 4, 5, 0, 7}).toString());
            case "utf8" -> args.add(write("u.txt", new byte[] {'1', '.', ' ', 'A', (byte) 0xC3, '(', '.'}).toString());
            case "huge" -> {
                Path p = dir.resolve("big.txt");
                try (var ch = java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE)) {
                    ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 20L * 1024 * 1024); // 20 MB, sparse
                }
                args.add(p.toString());
            }
            case "noclaims" -> args.add(write("n.txt", "What is claimed is:\n").toString());
            case "missing" -> args.add(dir.resolve("nope.txt").toString());
            case "folder" -> args.add(dir.toString());
            case "office" -> args.addAll(List.of(write("o.txt", "1. A lamp.").toString(), "--office", "wipo"));
            case "entity" -> args.addAll(List.of(write("o.txt", "1. A lamp.").toString(), "--office", "epo",
                    "--entity", "micro"));
            case "suppression" -> args.addAll(List.of(write("o.txt", "1. A lamp.").toString(), "--suppress", "x"));
            case "prose" -> args.add(write("notes.txt", "Some notes.\n\nMore notes.\n").toString());
            case "xml" -> args.add(write("x.xml", "<?xml version=\"1.0\"?><us-patent-grant><claims>").toString());
            default -> throw new IllegalArgumentException(kind);
        }
        CliRun r = run(args.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("patentdesk: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void readsUsptoXmlFromTheCorpus() {
        Path xml = Path.of("../../shared/corpus/xml-samples/go-uspto/grant/v4-5-B2.xml");
        Assumptions.assumeTrue(Files.isRegularFile(xml), "shared corpus not present");
        CliRun r = run("check", xml.toString(), "--format", "json");
        assertThat(r.status()).isIn(0, 1);
        assertThat(r.out()).contains("\"claims\":[{\"number\":1,\"kind\":\"independent\"");
    }

    private static List<String> names(JsonNode n) {
        List<String> l = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            l.add(it.next());
        }
        return l;
    }
}
