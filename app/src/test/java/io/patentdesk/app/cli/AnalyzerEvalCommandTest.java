package io.patentdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzerEvalCommandTest {

    @TempDir
    Path dir;

    Path set;

    @BeforeEach
    void writeSet() throws Exception {
        // Claim 2's "the cap" has no antecedent (the analyzer reports it); claim 3's label is one it cannot see.
        set = Files.writeString(dir.resolve("set.jsonl"), """
                {"id": "T1", "folder": "test", "kind": "grant", "claims": "1. A lamp comprising a bulb.\\n2. The lamp of claim 1, wherein the cap is red.\\n3. The lamp of claim 1, wherein the bulb is bright.", "labelledClaims": [1, 2, 3], "clean": [1], "labels": [{"claim": 2, "phrase": "the cap", "start": 61, "end": 68, "kind": "no-antecedent", "confidence": "certain", "reason": "no cap"}, {"claim": 3, "phrase": "the bulb", "start": 109, "end": 117, "kind": "plural-to-singular", "confidence": "possible", "reason": "test"}]}
                """);
    }

    @Test
    void reportsPrecisionRecallAndTheMisses() throws Exception {
        CliRun r = CliRun.run("analyzer-eval", "--set", set.toString(), "--no-corpus", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("claims").asInt()).isEqualTo(3);
        assertThat(json.get("labels").asInt()).isEqualTo(2);
        assertThat(json.get("precision").get("hits").asInt()).isEqualTo(1);
        assertThat(json.get("precision").get("of").asInt()).isEqualTo(1);
        assertThat(json.get("recall").get("value").asDouble()).isEqualTo(0.5);
        assertThat(json.get("recall").get("low").asDouble()).isEqualTo(0.095); // Wilson, 1 of 2
        assertThat(json.get("certainRecall").get("value").asDouble()).isEqualTo(1.0);
        assertThat(json.get("recallByKind").get("plural-to-singular").get("hits").asInt()).isZero();
        assertThat(json.get("misses").get(0).get("phrase").asText()).isEqualTo("the bulb");
        assertThat(json.get("falseAlarms")).isEmpty();
        assertThat(json.get("byDocumentKind").get("grant").get("recall").get("of").asInt()).isEqualTo(2);
        assertThat(json.has("corpusErrorRates")).isFalse();
    }

    @Test
    void theRuleSelectionCanBeReplaced() throws Exception {
        CliRun r = CliRun.run("analyzer-eval", "--set", set.toString(), "--no-corpus", "--format", "json",
                "--rules", "claim-period");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("precision").get("of").asInt()).isZero();
        assertThat(json.get("recall").get("hits").asInt()).isZero();
    }

    @Test
    void countsErrorFindingsPer100ClaimsByFolderEraAndKind() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("corpus/us-fulltext"));
        Files.writeString(folder.resolve("a.jsonl"), """
                {"id": "US01234567B2", "date": "20120103", "title": "Lamp", "abstract": "A lamp.", "description": "The lamp has a bulb 12.", "claims": ["1. A lamp comprising a bulb.", "2. The lamp of claim 1, wherein the cap is red."]}
                """);
        Files.createDirectories(dir.resolve("corpus/cn-claims")); // not an English full-text folder: not read
        Files.writeString(dir.resolve("corpus/cn-claims/b.jsonl"), "not json\n");
        CliRun r = CliRun.run("analyzer-eval", "--set", set.toString(), "--corpus", dir.resolve("corpus").toString(),
                "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode rates = new ObjectMapper().readTree(r.out()).get("corpusErrorRates");
        JsonNode us = rates.get("byFolder").get("us-fulltext");
        assertThat(us.get("claims").asInt()).isEqualTo(2);
        assertThat(us.get("errorFindings").asInt()).isEqualTo(1);
        assertThat(us.get("errorsPer100Claims").asDouble()).isEqualTo(50.0);
        assertThat(us.get("topRules").get("antecedent-basis").asInt()).isEqualTo(1);
        assertThat(rates.get("byFolder").get("ipstreet-claims").get("sets").asInt()).isZero();
        assertThat(rates.get("byEra").get("2010s").get("errorFindings").asInt()).isEqualTo(1);
        assertThat(rates.get("byKind").get("grant").get("claims").asInt()).isEqualTo(2);
    }

    @Test
    void textOutputNamesTheFiguresAndTheMisses() {
        CliRun r = CliRun.run("analyzer-eval", "--set", set.toString(), "--no-corpus");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("recall                         0.50 [0.09, 0.91] (1 of 2)")
                .contains("T1 claim 3 @109 \"the bulb\" [plural-to-singular, possible]");
    }

    @Test
    void aMissingSetIsUnusableInputInOneLine() {
        CliRun r = CliRun.run("analyzer-eval", "--set", dir.resolve("none.jsonl").toString(), "--no-corpus");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("patentdesk: evaluation set").doesNotContain("Exception");
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
    }
}
