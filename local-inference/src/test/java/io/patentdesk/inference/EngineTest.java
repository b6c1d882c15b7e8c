package io.patentdesk.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.model.ModelFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class EngineTest {

    private static final String PROMPT = "1. A fastening device comprising a bolt and a nut, wherein";

    private static Engine engine;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws ModelException {
        engine = Engine.load(ModelFolder.open(Fixtures.genai()));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** Collects what a listener hears. */
    static class Recorder implements TokenListener {
        final StringBuilder text = new StringBuilder();
        final List<String> pieces = new ArrayList<>();
        final AtomicInteger tokens = new AtomicInteger();
        volatile GenerationResult completed;

        @Override
        public void onToken(int tokenId) {
            tokens.incrementAndGet();
        }

        @Override
        public void onText(String piece) {
            pieces.add(piece);
            text.append(piece);
        }

        @Override
        public void onComplete(GenerationResult result) {
            completed = result;
        }
    }

    private static GenerationResult run(GenerationRequest r, TokenListener l) throws InterruptedException {
        return engine.generate(r, l).await();
    }

    @Test
    void readsTheModelShapeFromTheGraph() {
        ModelInfo info = engine.info();
        assertThat(info.layers()).isEqualTo(3);
        assertThat(info.kvHeads()).isEqualTo(2);
        assertThat(info.headSize()).isEqualTo(16);
        assertThat(info.cacheType()).isEqualTo("float32");
        assertThat(info.vocabSize()).isEqualTo(1024);
        assertThat(info.contextLength()).isEqualTo(256);
        assertThat(info.hasKvCache()).isTrue();
    }

    @Test
    void runsOnTheCpuAndSaysWhyNotCuda() {
        ProviderStatus s = engine.providerStatus();
        assertThat(s.provider()).isEqualTo("cpu");
        assertThat(s.threads()).isBetween(1, Runtime.getRuntime().availableProcessors());
        assertThat(s.missing()).startsWith("CUDA:");
        assertThat(s.summary()).startsWith("CPU, ").contains("CUDA");
    }

    @Test
    void streamedTextEqualsTheFinalText() throws Exception {
        for (Sampling s : List.of(Sampling.greedy(), Sampling.greedy().withTemperature(1.0).withTopP(0.95).withSeed(5),
                Sampling.greedy().withTemperature(0.8).withTopK(20).withRepetitionPenalty(1.3).withSeed(9))) {
            Recorder rec = new Recorder();
            GenerationResult r = run(GenerationRequest.of(PROMPT).withMaxNewTokens(60).withSampling(s), rec);
            assertThat(rec.text.toString()).isEqualTo(r.text());
            assertThat(rec.completed).isEqualTo(r);
            assertThat(rec.tokens.get()).isEqualTo(r.newTokens());
            assertThat(r.text()).isEqualTo(cleanDecode(r.tokenIds()));
        }
    }

    /** What the whole generated sequence decodes to, without an incomplete character at the end. */
    private static String cleanDecode(int[] ids) {
        String s = engine.detokenize(ids);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\uFFFD') {
            end--;
        }
        return s.substring(0, end);
    }

    @Test
    void greedyIsDeterministicAndASeedRepeatsASampledGeneration() throws Exception {
        GenerationRequest greedy = GenerationRequest.of(PROMPT).withMaxNewTokens(30).withIgnoreEos(true);
        assertThat(run(greedy, TokenListener.none()).tokenIds()).containsExactly(run(greedy, TokenListener.none()).tokenIds());
        Sampling sampled = Sampling.greedy().withTemperature(1.0).withSeed(1234);
        GenerationRequest a = greedy.withSampling(sampled);
        int[] first = run(a, TokenListener.none()).tokenIds();
        assertThat(run(a, TokenListener.none()).tokenIds()).containsExactly(first);
        assertThat(run(a.withSampling(sampled.withSeed(1235)), TokenListener.none()).tokenIds()).isNotEqualTo(first);
    }

    @Test
    void maxNewTokensIsRespected() throws Exception {
        GenerationResult r = run(GenerationRequest.of(PROMPT).withMaxNewTokens(7).withIgnoreEos(true), TokenListener.none());
        assertThat(r.newTokens()).isEqualTo(7);
        assertThat(r.stopReason()).isEqualTo(StopReason.MAX_TOKENS);
        assertThat(r.timings().decodeSteps()).isEqualTo(6);
    }

    @Test
    void aStopStringEndsTheTextBeforeIt() throws Exception {
        GenerationRequest base = GenerationRequest.of(PROMPT).withMaxNewTokens(60).withIgnoreEos(true);
        String free = run(base, TokenListener.none()).text();
        assertThat(free.length()).isGreaterThan(20);
        String stop = free.substring(12, 16);
        String expected = free.substring(0, free.indexOf(stop));
        Recorder rec = new Recorder();
        GenerationResult r = run(base.withStopStrings(List.of(stop)), rec);
        assertThat(r.stopReason()).isEqualTo(StopReason.STOP_STRING);
        assertThat(r.text()).isEqualTo(expected);
        assertThat(rec.text.toString()).isEqualTo(expected);
    }

    @Test
    void aLeadEndsThePromptAndTheModelContinuesIt() throws Exception {
        GenerationRequest task = GenerationRequest.forTask(engine.folder(), DraftingTask.INDEPENDENT_TO_DEPENDENT,
                "1. A bolt.", 1).withSampling(Sampling.greedy()).withMaxNewTokens(6).withIgnoreEos(true);
        GenerationRequest led = task.withLead("2. The bolt of claim 1, wherein");
        assertThat(led.prompt().tail()).isEqualTo(task.prompt().tail() + "2. The bolt of claim 1, wherein");
        assertThat(led.prompt().body()).isEqualTo(task.prompt().body());
        GenerationResult r = run(led, TokenListener.none());
        assertThat(r.promptTokens()).isGreaterThan(run(task, TokenListener.none()).promptTokens());
        assertThatThrownBy(() -> GenerationRequest.ofTokens(new int[] {1}).withLead("x"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEosTokenEndsTheGenerationAndIsNotPartOfIt() throws Exception {
        int[] free = run(GenerationRequest.of(PROMPT).withMaxNewTokens(20).withIgnoreEos(true), TokenListener.none()).tokenIds();
        int eos = free[5];
        int firstAt = 0;
        while (free[firstAt] != eos) {
            firstAt++;
        }
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("m"));
        Path cfg = dir.resolve("genai_config.json");
        Files.writeString(cfg, Files.readString(cfg).replaceFirst("\"eos_token_id\": \\[\\s*0\\s*]", "\"eos_token_id\": [" + eos + "]"));
        try (Engine other = Engine.load(ModelFolder.open(dir))) {
            GenerationResult r = other.generate(GenerationRequest.of(PROMPT).withMaxNewTokens(20), TokenListener.none()).await();
            assertThat(r.stopReason()).isEqualTo(StopReason.EOS);
            assertThat(r.tokenIds()).containsExactly(java.util.Arrays.copyOf(free, firstAt));
        }
    }

    @Test
    void cancelFromAnotherThreadStopsWithinOneStep() throws Exception {
        CountDownLatch atTenth = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        Recorder rec = new Recorder() {
            @Override
            public void onToken(int tokenId) {
                super.onToken(tokenId);
                if (tokens.get() == 10) {
                    atTenth.countDown();
                    try {
                        cancelled.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        Generation g = engine.generate(GenerationRequest.of(PROMPT).withMaxNewTokens(200).withIgnoreEos(true), rec);
        assertThat(atTenth.await(30, TimeUnit.SECONDS)).isTrue();
        Thread canceller = new Thread(g::cancel);
        canceller.start();
        canceller.join();
        cancelled.countDown();
        GenerationResult r = g.await(30, TimeUnit.SECONDS);
        assertThat(r.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(r.newTokens()).isEqualTo(10);
        assertThat(rec.text.toString()).isEqualTo(r.text());
        assertThat(g.isCancelled()).isTrue();
    }

    @Test
    void aQueuedGenerationCancelledBeforeItStartsProducesNothing() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        Generation first = engine.generate(GenerationRequest.of(PROMPT).withMaxNewTokens(5), piece -> {
            try {
                hold.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Generation second = engine.generate(GenerationRequest.of(PROMPT).withMaxNewTokens(5), TokenListener.none());
        assertThat(engine.isBusy()).isTrue();
        second.cancel();
        hold.countDown();
        assertThat(first.await(30, TimeUnit.SECONDS).stopReason()).isNotEqualTo(StopReason.CANCELLED);
        GenerationResult r = second.await(30, TimeUnit.SECONDS);
        assertThat(r.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(r.newTokens()).isZero();
    }

    @Test
    void oneGenerationAtATimeAndAFullQueueIsRefusedClearly() throws Exception {
        try (Engine strict = Engine.load(ModelFolder.open(Fixtures.genai()), EngineOptions.defaults().withMaxQueued(0))) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch hold = new CountDownLatch(1);
            Generation first = strict.generate(GenerationRequest.of(PROMPT).withMaxNewTokens(3).withIgnoreEos(true),
                    new TokenListener() {
                        @Override
                        public void onToken(int id) {
                            started.countDown();
                            try {
                                hold.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }

                        @Override
                        public void onText(String piece) {
                        }
                    });
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> strict.generate(GenerationRequest.of(PROMPT), TokenListener.none()))
                    .isInstanceOf(EngineBusyException.class).hasMessageContaining("The model is busy");
            hold.countDown();
            assertThat(first.await(30, TimeUnit.SECONDS).newTokens()).isEqualTo(3);
        }
    }

    @Test
    void theContextEndsALongGeneration() throws Exception {
        GenerationResult r = run(GenerationRequest.of(PROMPT).withMaxNewTokens(1000).withIgnoreEos(true), TokenListener.none());
        assertThat(r.stopReason()).isEqualTo(StopReason.CONTEXT_FULL);
        assertThat(r.promptTokens() + r.newTokens()).isEqualTo(257); // the last token is chosen, never fed
    }

    @Test
    void aTooLongPromptIsCutAndReported() throws Exception {
        String body = "1. A device comprising a frame. ".repeat(100);
        Prompt p = engine.folder().promptFormat().prompt(DraftingTask.CLAIMS_TO_ABSTRACT, body);
        GenerationResult r = run(GenerationRequest.of(p).withMaxNewTokens(20), TokenListener.none());
        assertThat(r.cutPromptTokens()).isPositive();
        assertThat(r.cutText()).startsWith("1. A device");
        assertThat(r.promptTokens()).isEqualTo(256 - 20);
        assertThatThrownBy(() -> run(GenerationRequest.of(p).withContextPolicy(ContextPolicy.FAIL), TokenListener.none()))
                .isInstanceOf(ContextTooLongException.class).hasMessageContaining("tokens, but the model reads at most 256");
    }

    @Test
    void aFailingListenerFailsOnlyItsGeneration() throws Exception {
        List<InferenceException> errors = new ArrayList<>();
        Generation g = engine.generate(GenerationRequest.of(PROMPT).withMaxNewTokens(10).withIgnoreEos(true),
                new TokenListener() {
                    @Override
                    public void onText(String piece) {
                        throw new IllegalStateException("window closed");
                    }

                    @Override
                    public void onError(InferenceException error) {
                        errors.add(error);
                    }
                });
        assertThatThrownBy(g::await).isInstanceOf(InferenceException.class).hasMessageContaining("window closed");
        assertThat(errors).hasSize(1);
        assertThat(run(GenerationRequest.of(PROMPT).withMaxNewTokens(3), TokenListener.none()).newTokens()).isPositive();
    }

    @Test
    void scoresAreLogProbabilitiesOfTheContinuationTokens() {
        Score s = engine.score("1. A device comprising", " a frame");
        assertThat(s.tokens()).isEqualTo(engine.tokenize(" a frame").length);
        assertThat(s.logProbability()).isNegative();
        assertThat(s.meanLogProbability()).isGreaterThan(Math.log(1.0 / 1024) - 10);
        assertThat(engine.score("x", "")).isEqualTo(new Score(0, 0));
    }

    @Test
    void perplexityAgreesWithScoringTheSameTokens() {
        String text = "The claims define the invention.";
        Perplexity p = engine.perplexity(text);
        int n = engine.tokenize(text).length;
        assertThat(p.tokens()).isEqualTo(n - 1); // no BOS: the first token has nothing to be predicted from
        int[] ids = engine.tokenize(text);
        String first = engine.detokenize(new int[] {ids[0]});
        Score rest = engine.score(first, text.substring(first.length()));
        if (rest.tokens() == n - 1) { // the split re-tokenizes identically
            assertThat(-rest.logProbability()).isCloseTo(p.negativeLogLikelihood(), org.assertj.core.data.Offset.offset(1e-3));
        }
        // A random model is close to uniform over the vocabulary.
        assertThat(p.perplexity()).isBetween(100.0, 20_000.0);
    }

    @Test
    void perplexityOfATextLongerThanTheContextScoresEveryToken() {
        String text = "A claim defines the scope of protection. ".repeat(60);
        int n = engine.tokenize(text).length;
        assertThat(n).isGreaterThan(256);
        assertThat(engine.perplexity(text).tokens()).isEqualTo(n - 1);
    }

    @Test
    void theOptimumLayoutOfTheSameWeightsGeneratesTheSameTokens() throws Exception {
        GenerationRequest r = GenerationRequest.of(PROMPT).withMaxNewTokens(25).withIgnoreEos(true);
        try (Engine optimum = Engine.load(ModelFolder.open(Fixtures.model("tiny-optimum")))) {
            assertThat(optimum.generate(r, TokenListener.none()).await().tokenIds())
                    .containsExactly(run(r, TokenListener.none()).tokenIds());
        }
    }

    @Test
    void closingFromAListenerDoesNotDeadlock() throws Exception {
        Engine e = Engine.load(ModelFolder.open(Fixtures.genai()));
        Generation g = e.generate(GenerationRequest.of(PROMPT).withMaxNewTokens(50).withIgnoreEos(true), new TokenListener() {
            @Override
            public void onToken(int id) {
                e.close();
            }

            @Override
            public void onText(String piece) {
            }
        });
        GenerationResult r = g.await(20, TimeUnit.SECONDS);
        assertThat(r.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(r.newTokens()).isEqualTo(1);
    }

    @Test
    void theBosTokenIsTheTokenizersNotGenaiConfigs() throws Exception {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("bos"));
        // A real Llama export names <unk> as genai_config's bos_token_id; here an ordinary token, id 5.
        String genai = Files.readString(dir.resolve("genai_config.json"));
        Files.writeString(dir.resolve("genai_config.json"), genai.replaceFirst("\"bos_token_id\"\\s*:\\s*\\d+", "\"bos_token_id\": 5"));
        String config = Files.readString(dir.resolve("tokenizer_config.json"));
        Files.writeString(dir.resolve("tokenizer_config.json"), config.replace("\"add_bos_token\": false", "\"add_bos_token\": true"));
        try (Engine bos = Engine.load(ModelFolder.open(dir))) {
            assertThat(bos.folder().config().bosTokenId()).isEqualTo(5);
            GenerationRequest text = GenerationRequest.of(PROMPT).withMaxNewTokens(12).withIgnoreEos(true);
            GenerationResult r = bos.generate(text, TokenListener.none()).await();
            int[] words = bos.tokenize(PROMPT);
            int[] withEndOfText = java.util.stream.IntStream.concat(java.util.stream.IntStream.of(0),
                    java.util.stream.IntStream.of(words)).toArray(); // tokenizer_config's bos_token, <|endoftext|>
            assertThat(r.promptTokens()).isEqualTo(words.length + 1);
            assertThat(bos.generate(GenerationRequest.ofTokens(withEndOfText).withMaxNewTokens(12).withIgnoreEos(true),
                    TokenListener.none()).await().tokenIds()).containsExactly(r.tokenIds());
            // Without add_bos_token the prompt is the words alone, as before.
            assertThat(run(text, TokenListener.none()).promptTokens()).isEqualTo(words.length);
        }
    }

    @Test
    void aTaskRequestFollowsTheModelFolder() {
        GenerationRequest r = GenerationRequest.forTask(engine.folder(), DraftingTask.CLAIMS_TO_TITLE, "1. A bolt.", 5);
        assertThat(r.prompt().head()).isEqualTo("<|claims_to_title|>");
        assertThat(r.maxNewTokens()).isEqualTo(24);
        assertThat(r.sampling()).isEqualTo(new Sampling(0.7, 40, 0.9, 1.1, 5));
        assertThat(r.contextPolicy()).isEqualTo(ContextPolicy.TRUNCATE_RIGHT);
    }

    @Test
    void closingRefusesNewWork() throws Exception {
        Engine e = Engine.load(ModelFolder.open(Fixtures.genai()));
        e.close();
        assertThatThrownBy(() -> e.generate(GenerationRequest.of(PROMPT), TokenListener.none()))
                .isInstanceOf(EngineBusyException.class).hasMessageContaining("is closed");
        assertThatThrownBy(() -> e.score("a", "b")).hasMessageContaining("is closed");
    }
}
