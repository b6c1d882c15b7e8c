package io.patentdesk.app.cli;

import static io.patentdesk.app.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --office} and {@code --entity}: which office's rules and fees apply, named or read from the document. */
class CheckOfficeTest {

    @TempDir
    Path dir;

    /** 17 claims, 2 independent; claim 4 is a multiple dependent claim on the multiple dependent claim 3. */
    private String claims() {
        StringBuilder sb = new StringBuilder("1. A lamp comprising a bulb.\n2. A lamp comprising a bulb.\n"
                + "3. The lamp of claim 1 or 2, wherein the bulb is round.\n"
                + "4. The lamp of claim 2 or 3, wherein the bulb is red.\n");
        for (int i = 5; i <= 17; i++) {
            sb.append(i).append(". The lamp of claim 1, wherein the bulb glows.\n");
        }
        return sb.toString();
    }

    private JsonNode json(String name, String text, String... options) throws IOException {
        Path f = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        String[] args = new String[options.length + 4];
        args[0] = "check";
        args[1] = f.toString();
        args[2] = "--format";
        args[3] = "json";
        System.arraycopy(options, 0, args, 4, options.length);
        CliRun r = run(args);
        assertThat(r.err()).isEmpty();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void theEpoCountsClaimsOverFifteenInEuroAndAllowsMultipleDependencyChains() throws IOException {
        JsonNode root = json("c.txt", claims(), "--office", "epo");
        assertThat(root.get("office").asText()).isEqualTo("epo");
        JsonNode fees = root.get("fees");
        assertThat(fees.get("excessTotal").asInt()).isEqualTo(2);
        assertThat(fees.get("excessTotalHigher").asInt()).isZero();
        assertThat(fees.get("currency").asText()).isEqualTo("EUR");
        assertThat(fees.get("amount").decimalValue()).isEqualByComparingTo("530");
        assertThat(fees.get("feeSchedule").asText()).isEqualTo("2024-04-01");
        for (JsonNode f : root.get("findings")) {
            assertThat(f.get("rule").asText()).isNotEqualTo("multiple-dependent-chain");
        }
    }

    @Test
    void theUsptoEntitySizeScalesTheClaimFees() throws IOException {
        JsonNode large = json("c.txt", claims(), "--office", "uspto").get("fees");
        JsonNode micro = json("c.txt", claims(), "--office", "USPTO", "--entity", "micro").get("fees");
        assertThat(large.get("entity").asText()).isEqualTo("large");
        assertThat(large.get("amount").decimalValue()).isEqualByComparingTo("925"); // 19 counted (claims 3 and 4 count twice), 2 independent
        assertThat(micro.get("amount").decimalValue()).isEqualByComparingTo("185");
        assertThat(micro.has("excessTotalHigher")).isFalse();
    }

    @Test
    void theJpoCitesItsOwnRuleForTheChain() throws IOException {
        JsonNode root = json("c.txt", claims(), "--office", "jpo");
        boolean cited = false;
        for (JsonNode f : root.get("findings")) {
            if (f.get("rule").asText().equals("multiple-dependent-chain")) {
                assertThat(f.get("citation").asText()).contains("Art. 24-3(v)");
                cited = true;
            }
        }
        assertThat(cited).isTrue();
        assertThat(root.get("fees").get("amount").decimalValue()).isEqualByComparingTo("68000"); // 17 x 4,000 yen
    }

    @Test
    void withoutOfficeTheDocumentsLanguageAndNameChoose() throws IOException {
        assertThat(json("c.txt", claims()).get("office").asText()).isEqualTo("uspto");
        assertThat(json("EP1566386B1.txt", claims()).get("office").asText()).isEqualTo("epo");
        assertThat(json("de.txt", "1. Lampe mit einer Birne.\n2. Lampe nach Anspruch 1, dadurch gekennzeichnet, dass die Birne rot ist.\n")
                .get("office").asText()).isEqualTo("epo");
        assertThat(json("fr.txt", "1. Lampe comprenant une ampoule.\n2. Lampe selon la revendication 1, caractérisée en ce que l'ampoule est rouge.\n")
                .get("office").asText()).isEqualTo("epo");
        assertThat(json("cn.txt", "1. 一种灯，包括灯泡。\n2. 根据权利要求1所述的灯，其特征在于，所述灯泡为红色。\n")
                .get("office").asText()).isEqualTo("cnipa");
    }

    @Test
    void japaneseClaimsGoToTheJpoWithExactOffsets() throws IOException {
        String text = "【請求項１】\n基板を備える装置。\n【請求項２】\n請求項１又は３に記載の装置。\n【請求項３】\n請求項１又は２に記載の装置。\n";
        JsonNode root = json("jp.txt", text);
        assertThat(root.get("office").asText()).isEqualTo("jpo");
        StringBuilder found = new StringBuilder();
        for (JsonNode f : root.get("findings")) {
            found.append(f.get("rule").asText()).append(' ')
                    .append(text, f.get("start").asInt(), f.get("end").asInt()).append(';');
        }
        // claim 2 cites the later claim 3; claim 3 cites claim 2, itself citing two claims in the alternative (a
        // reference to a later claim makes no parent: the chain runs through claim 2 only)
        assertThat(found.toString()).isEqualTo("dependency-missing ３;multiple-dependent-chain 請求項１又は２;");
    }

    @Test
    void aWholeChineseApplicationGivesClaimsDescriptionPagesAndAbstractWithoutSpec() throws IOException {
        // 说明书摘要 / 权利要求书 / 说明书 / 说明书附图 in one file: 31 pages of description, as in the test below
        String application = "说明书摘要\n本发明公开了一种灯。\n权利要求书\n1. 一种灯，包括灯泡和灯座，所述灯泡固定于所述灯座。\n说明书\n一种灯\n技术领域\n"
                + ("本发明涉及一种灯".repeat(5) + "灯灯\n").repeat(31 * 36 - 3) + "说明书附图\n图1\n";
        JsonNode root = json("cn-app.txt", application);
        assertThat(root.get("office").asText()).isEqualTo("cnipa");
        assertThat(root.get("claims")).hasSize(1);
        JsonNode fees = root.get("fees");
        assertThat(fees.get("descriptionPages").asInt()).isEqualTo(31);
        assertThat(fees.get("descriptionPagesAmount").decimalValue()).isEqualByComparingTo("50");
    }

    @Test
    void theCnipaChargesDescriptionPagesOverThirtyWhenTheDescriptionIsGiven() throws IOException {
        // 31 pages of 36 lines of 42 characters, the page the estimate assumes
        Path spec = Files.writeString(dir.resolve("spec.txt"), ("本发明涉及一种灯".repeat(5) + "灯灯\n").repeat(31 * 36),
                StandardCharsets.UTF_8);
        String claims = "1. 一种灯，包括灯泡。\n";
        JsonNode fees = json("cn.txt", claims, "--office", "cnipa", "--spec", spec.toString()).get("fees");
        assertThat(fees.get("descriptionPages").asInt()).isEqualTo(31);
        assertThat(fees.get("excessDescriptionPages").asInt()).isEqualTo(1);
        assertThat(fees.get("descriptionPagesAmount").decimalValue()).isEqualByComparingTo("50");
        assertThat(fees.get("amount").decimalValue()).isEqualByComparingTo("0"); // the claims cost nothing
        assertThat(json("cn.txt", claims, "--office", "cnipa").get("fees").has("descriptionPages")).isFalse();
        Path f = Files.writeString(dir.resolve("cn2.txt"), claims, StandardCharsets.UTF_8);
        CliRun r = run("check", f.toString(), "--office", "cnipa", "--spec", spec.toString());
        assertThat(r.out()).contains("description: about 31 pages (estimated from the text), 1 over 30")
                .contains("说明书附加费 Each description page from the 31st (estimated from the text): 1 x 50 = 50 CNY")
                .contains("description page fees: 50 CNY");
    }

    @Test
    void anUnknownOfficeIsOneLineAndExitTwo() throws IOException {
        Path f = Files.writeString(dir.resolve("o.txt"), "1. A lamp.\n", StandardCharsets.UTF_8);
        CliRun r = run("check", f.toString(), "--office", "wipo");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("patentdesk: unknown office 'wipo' (known: uspto, epo, jpo, cnipa)");
    }
}
