package io.patentdesk.app.cli;

import static io.patentdesk.app.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate and eval (bench: the benchmarks module) on the tiny random-weight test model of local-inference. */
class ModelCommandsTest {

    static final String MODEL = Path.of("../local-inference/src/test/resources/models/tiny-genai").toAbsolutePath()
            .normalize().toString();

    @TempDir
    Path tmp;

    @Test
    void generateStreamsTheSameTextForTheSameSeed() {
        CliRun a = run("generate", "--model", MODEL, "--prompt", "1. A bolt ≤ 5 mm", "--max-tokens", "20", "--seed", "7",
                "--temperature", "0.9");
        CliRun b = run("generate", "--model", MODEL, "--prompt", "1. A bolt ≤ 5 mm", "--max-tokens", "20", "--seed", "7",
                "--temperature", "0.9");
        assertThat(a.status()).isZero();
        assertThat(a.out()).isNotBlank().isEqualTo(b.out());
        assertThat(a.err()).isEmpty();
    }

    @Test
    void askingForTheGpuWithoutOneSaysWhereItRuns() throws Exception {
        // where a CUDA build finds a GPU there is nothing to say; elsewhere (CI, this build) the note must be there
        try (io.patentdesk.inference.Engine e = io.patentdesk.inference.Engine.load(
                io.patentdesk.inference.model.ModelFolder.open(java.nio.file.Path.of(MODEL)),
                io.patentdesk.inference.EngineOptions.defaults()
                        .withProvider(io.patentdesk.inference.ProviderChoice.CUDA))) {
            org.junit.jupiter.api.Assumptions.assumeFalse(e.providerStatus().onGpu(), "runs on a GPU here");
        }
        CliRun r = run("generate", "--model", MODEL, "--provider", "cuda", "--prompt", "1. A bolt.", "--max-tokens", "2");
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("--provider cuda: running on the CPU");
    }

    @Test
    void generateWithATaskUsesTheModelsTemplate() {
        CliRun r = run("generate", "--model", MODEL, "--task", "claims_to_title", "--prompt", "1. A bolt.", "--temperature", "0");
        assertThat(r.status()).isZero();
        assertThat(run("generate", "--model", MODEL, "--task", "nonsense", "--prompt", "x").err())
                .contains("Unknown --task nonsense");
    }

    @Test
    void dependentClaimsAbstractsAndTitlesStartWithClaimOnesSubjectUnlessAskedNotTo() {
        String claim = "1. A bolt comprising a head and a shank.";
        CliRun led = run("generate", "--model", MODEL, "--task", "independent_to_dependent", "--prompt", claim,
                "--max-tokens", "5", "--seed", "3", "--stats");
        assertThat(led.status()).as(led.err()).isZero();
        assertThat(led.out()).startsWith("2. The bolt of claim 1, wherein");
        CliRun free = run("generate", "--model", MODEL, "--task", "independent_to_dependent", "--prompt", claim,
                "--max-tokens", "5", "--seed", "3", "--no-lead", "--stats");
        assertThat(free.status()).as(free.err()).isZero();
        assertThat(free.out()).doesNotStartWith("2. The bolt of claim 1, wherein");
        // The lead is part of the prompt the model continues, not only printed.
        assertThat(promptTokens(led.err())).isGreaterThan(promptTokens(free.err()));
        CliRun abs = run("generate", "--model", MODEL, "--task", "claims_to_abstract", "--prompt", claim,
                "--max-tokens", "3", "--seed", "3");
        assertThat(abs.status()).as(abs.err()).isZero();
        assertThat(abs.out()).startsWith("A bolt");
        CliRun c1 = run("generate", "--model", MODEL, "--task", "abstract_to_claim", "--prompt",
                "A bolt has a head and a shank.", "--max-tokens", "3", "--seed", "3");
        assertThat(c1.status()).as(c1.err()).isZero();
        assertThat(c1.out()).startsWith("1. A bolt comprising:");
        CliRun title = run("generate", "--model", MODEL, "--task", "claims_to_title", "--prompt", claim,
                "--max-tokens", "3", "--seed", "3");
        assertThat(title.status()).as(title.err()).isZero();
        assertThat(title.out()).startsWith("Bolt");
    }

    @Test
    void eachFurtherDependentClaimOfTheBundledModelBeginsWithClaimOnesNameAndAnEarlierClaim() {
        Path bundled = Path.of("../onnx-models/patentgpt-mini").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(bundled.resolve("model.onnx")), "no bundled model");
        String claim = "1. An electronic key system comprising: an in-vehicle device mounted in a vehicle; and a mobile "
                + "unit carried by a user for conducting radio communication with the in-vehicle device, wherein the "
                + "in-vehicle device transmits a search signal and the mobile unit returns a response signal.";
        CliRun r = run("generate", "--model", bundled.toString(), "--task", "independent_to_dependent", "--prompt", claim,
                "--seed", "1");
        assertThat(r.status()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines.length).as(r.out()).isGreaterThan(2);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("(\\d+)\\. The electronic key system of claim (\\d+), wherein \\S").matcher(lines[i]);
            assertThat(m.lookingAt()).as(lines[i]).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(i + 2);
            assertThat(Integer.parseInt(m.group(2))).isBetween(1, i + 1);
        }
    }

    private static int promptTokens(String stats) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) prompt tokens").matcher(stats);
        assertThat(m.find()).as(stats).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void contextContrastChangesATaskDraftAndIsChecked() {
        String[] sampled = {"generate", "--model", MODEL, "--task", "claims_to_abstract", "--prompt",
                "1. A bolt and a nut, wherein the nut has a flange.", "--temperature", "0.9", "--seed", "7", "--max-tokens", "25"};
        CliRun off = run(sampled);
        CliRun on = run(concat(sampled, "--context-contrast", "1"));
        assertThat(on.status()).as(on.err()).isZero();
        assertThat(on.out()).isNotBlank().isNotEqualTo(off.out());
        assertThat(run(concat(sampled, "--context-contrast", "1")).out()).isEqualTo(on.out());
        CliRun plain = run("generate", "--model", MODEL, "--prompt", "1. A bolt.", "--max-tokens", "3",
                "--context-contrast", "0.5");
        assertThat(plain.status()).isZero();
        assertThat(plain.err()).contains("context contrast needs a --task");
        assertThat(run(concat(sampled, "--stats")).err()).containsPattern("\\d+ prompt tokens, \\d+ new tokens .*tokens/s");
        assertThat(run(concat(sampled, "--context-contrast", "-1")).err()).contains("context contrast must be in [0, 100]");
        assertThat(run(concat(sampled, "--context-contrast", "1", "--plausibility", "1")).err())
                .contains("plausibility must be in [0, 1)");
    }

    @Test
    void copyBoostIsPassedToTheEngineAndChecked() {
        String[] sampled = {"generate", "--model", MODEL, "--task", "claims_to_abstract", "--prompt",
                "1. A bolt and a nut, wherein the nut has a flange.", "--temperature", "0.9", "--seed", "7", "--max-tokens", "25"};
        CliRun on = run(concat(sampled, "--copy-boost", "3"));
        assertThat(on.status()).as(on.err()).isZero();
        assertThat(on.out()).isNotBlank().isEqualTo(run(concat(sampled, "--copy-boost", "3")).out());
        CliRun bad = run(concat(sampled, "--copy-boost", "-1"));
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("copy boost must be in [0, 100]");
    }

    @Test
    void inputWordBoostIsPassedToTheEngineAndChecked() {
        String[] greedy = {"generate", "--model", MODEL, "--prompt", "1. A bolt and a nut, wherein the nut has a flange.",
            "--temperature", "0", "--max-tokens", "12"};
        CliRun plain = run(greedy);
        CliRun boosted = run(concat(greedy, "--input-word-boost", "50"));
        assertThat(boosted.status()).as(boosted.err()).isZero();
        // The tiny random model's greedy text changes when the prompt's words are made far likelier.
        assertThat(boosted.out()).isNotEqualTo(plain.out());
        CliRun bad = run(concat(greedy, "--input-word-boost", "101"));
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("input-word boost must be in [0, 100]");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void badInputGivesOneLineAndStatusTwo() {
        CliRun r = run("generate", "--model", tmp.resolve("missing").toString(), "--prompt", "x");
        assertThat(r.status()).isEqualTo(PatentDeskCommand.EXIT_UNUSABLE_INPUT);
        assertThat(r.err().strip()).startsWith("patentdesk: The model folder").doesNotContain("\n").doesNotContain("Exception");
        CliRun t = run("generate", "--model", MODEL, "--prompt", "x", "--top-p", "1.5");
        assertThat(t.status()).isEqualTo(2);
        assertThat(t.err()).contains("top-p must be in (0, 1]");
    }

    @Test
    void withoutModelTheBundledOneIsUsedOrItsAbsenceExplained() {
        CliRun r = run("generate", "--prompt", "1. A bolt.", "--max-tokens", "5", "--temperature", "0");
        if (io.patentdesk.models.BundledModel.isBundled()) {
            assertThat(r.status()).as(r.err()).isZero();
        } else {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo("patentdesk: This build has no bundled model: give a model folder with --model DIR.");
        }
    }

    @Test
    void evalChoicesReportsAccuracyAndBias() throws Exception {
        Path file = tmp.resolve("q.jsonl");
        Files.writeString(file, """
                {"question": "A US utility patent term is 20 years from the earliest non-provisional filing date.", "choices": ["True", "False"], "answer": "True"}
                {"question": "A provisional application is examined.", "choices": ["True", "False"], "answer": "False"}
                {"question": "How many months after the provisional may the non-provisional claim its benefit?", "choices": ["6", "12", "18", "30"], "answer": "12"}
                """);
        CliRun r = run("eval", "--model", MODEL, "--choices", file.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("n").asInt()).isEqualTo(3);
        assertThat(j.get("accuracy").asDouble()).isBetween(0.0, 1.0);
        double biasSum = 0;
        for (JsonNode v : j.get("perChoiceBias")) {
            biasSum += v.asDouble();
        }
        assertThat(biasSum).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(j.get("scoring").asText()).isEqualTo("log-probability");
        JsonNode c = new ObjectMapper().readTree(run("eval", "--model", MODEL, "--choices", file.toString(), "--calibrate").out());
        assertThat(c.get("scoring").asText()).isEqualTo("calibrated");
        assertThat(c.get("n").asInt()).isEqualTo(3);
        CliRun misplaced = run("eval", "--model", MODEL, "--perplexity", file.toString(), "--calibrate");
        assertThat(misplaced.status()).isNotZero();
        assertThat(misplaced.err()).contains("--calibrate applies to --choices only");
    }

    @Test
    void evalPerplexityReadsTextAndPatentRecords() throws Exception {
        Path file = tmp.resolve("t.jsonl");
        Files.writeString(file, """
                {"text": "A claim defines the scope of protection."}
                {"title": "Bolt", "abstract": "A bolt with a washer.", "claims": ["1. A bolt.", "2. The bolt of claim 1."]}
                """);
        CliRun r = run("eval", "--model", MODEL, "--perplexity", file.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("perplexity").asDouble()).isGreaterThan(1);
        assertThat(j.get("tokens").asLong()).isGreaterThan(10);
    }

    @Test
    void evalExplainsABadRecord() throws Exception {
        Path file = tmp.resolve("bad.jsonl");
        Files.writeString(file, "{\"question\": \"q\", \"choices\": [\"a\", \"b\"], \"answer\": \"c\"}\n");
        CliRun r = run("eval", "--model", MODEL, "--choices", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("record 1: the answer \"c\" is not one of the choices");
        assertThat(run("eval", "--model", MODEL).err()).contains("--choices").contains("--perplexity");
    }
}
