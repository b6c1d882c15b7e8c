package io.patentdesk.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzerBenchCommandTest {

    @TempDir
    Path corpus;

    @Test
    void reportsSpeedAndTheErrorRateOnGrantedClaims() throws Exception {
        Path folder = Files.createDirectories(corpus.resolve("us-fulltext"));
        Files.writeString(folder.resolve("a.jsonl"), """
                {"id": "US01234567B2", "title": "Lamp", "abstract": "A lamp.", "description": "The lamp has a bulb 12.", "claims": ["1. A lamp comprising a bulb.", "2. The lamp of claim 1, wherein the cap is red."]}
                {"id": "US20240000001A1", "title": "Lamp", "abstract": "", "description": "", "claims": ["A lamp.", "The lamp of claim 1, wherein the cap is red."]}
                """);
        CliRun r = CliRun.run("analyzer-bench", "--corpus", corpus.toString(), "--format",
                "json", "--iterations", "3", "--warmup", "1");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("hundredClaimDocument").get("claims").asInt()).isEqualTo(100);
        assertThat(json.get("hundredClaimDocument").get("specificationPages").asInt()).isEqualTo(50);
        assertThat(json.get("wholeCorpus").get("claims").asInt()).isEqualTo(4);
        JsonNode rate = json.get("grantedErrorRate");
        assertThat(rate.get("grantedClaims").asInt()).isEqualTo(2);
        assertThat(rate.get("errorFindings").asInt()).isEqualTo(1);
        assertThat(rate.get("errorsPer100Claims").asDouble()).isEqualTo(50.0);
        assertThat(rate.get("byRule").get("antecedent-basis").asInt()).isEqualTo(1);
    }

    @Test
    void aMissingCorpusIsUnusableInput() {
        CliRun r = CliRun.run("analyzer-bench", "--corpus", corpus.resolve("none").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("patentdesk: corpus folder");
    }
}
