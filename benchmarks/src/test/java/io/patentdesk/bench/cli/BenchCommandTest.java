package io.patentdesk.bench.cli;

import static io.patentdesk.bench.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code patentdesk bench} on the tiny random-weight test model of local-inference. */
class BenchCommandTest {

    static final String MODEL = Path.of("../local-inference/src/test/resources/models/tiny-genai").toAbsolutePath()
            .normalize().toString();

    @TempDir
    Path tmp;

    @Test
    void benchPrintsTheIssuesJsonObject() throws Exception {
        Path ids = tmp.resolve("ids.json");
        CliRun r = run("bench", "--model", MODEL, "--prompt-tokens", "16", "--new-tokens", "8", "--runs", "1",
                "--format", "json", "--write-ids", ids.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.fieldNames()).toIterable().containsExactly("model", "provider", "threads", "promptTokens",
                "newTokens", "prefillTokensPerSecond", "decodeTokensPerSecond", "timeToFirstTokenMs", "overheadFraction");
        assertThat(j.get("provider").asText()).isEqualTo("cpu");
        assertThat(j.get("promptTokens").asInt()).isEqualTo(16);
        assertThat(j.get("decodeTokensPerSecond").asDouble()).isPositive();
        assertThat(j.get("overheadFraction").asDouble()).isBetween(0.0, 1.0);
        JsonNode written = new ObjectMapper().readTree(ids.toFile());
        assertThat(written.get("promptIds")).hasSize(16);
        assertThat(written.get("newTokens").asInt()).isEqualTo(8);
    }

    @Test
    void benchDecodesWithATasksSamplingAndSaysWhichWhenAsked() throws Exception {
        CliRun r = run("bench", "--model", MODEL, "--prompt-tokens", "16", "--new-tokens", "8", "--runs", "1",
                "--task", "claims_to_abstract", "--without-word-rules");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("task").asText()).isEqualTo("claims_to_abstract");
        assertThat(j.get("wordRules").asBoolean()).isFalse();
        assertThat(j.get("decodeTokensPerSecond").asDouble()).isPositive();
        CliRun bad = run("bench", "--model", MODEL, "--task", "claims_to_poem");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("Unknown --task claims_to_poem.");
    }

    @Test
    void benchRefusesWhatDoesNotFitTheContext() {
        CliRun r = run("bench", "--model", MODEL, "--prompt-tokens", "200", "--new-tokens", "100");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("must fit the model's context of 256 tokens");
    }
}
