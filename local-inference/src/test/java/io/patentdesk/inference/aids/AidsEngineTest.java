package io.patentdesk.inference.aids;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.Fixtures;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.GenerationResult;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.TokenListener;
import io.patentdesk.inference.model.ModelFolder;
import io.patentdesk.inference.spi.AidContext;
import io.patentdesk.inference.spi.AidSettings;
import io.patentdesk.inference.spi.AidsProvider;
import io.patentdesk.inference.spi.StepAids;
import io.patentdesk.inference.tokenize.TextTokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The aids as the engine runs them: switched on by a folder's patentdesk.json, found as a service. */
@Timeout(120)
class AidsEngineTest {

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

    private static GenerationResult run(Engine e, GenerationRequest r, TokenListener l) throws InterruptedException {
        return e.generate(r, l).await();
    }

    /** The pieces of text a listener hears. */
    private static final class Pieces implements TokenListener {
        final List<String> pieces = new ArrayList<>();

        @Override
        public void onText(String piece) {
            pieces.add(piece);
        }

        String text() {
            return String.join("", pieces);
        }
    }

    @Test
    void theAidsAreAServiceTheCoreFindsWithoutKnowingThem() {
        assertThat(ServiceLoader.load(AidsProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(PatentAidsProvider.class);
        assertThat(engine.folder().aids()).isPresent();
    }

    @Test
    void aBannedWordIsNeverGenerated() throws Exception {
        GenerationRequest base = GenerationRequest.of(PROMPT).withMaxNewTokens(80).withIgnoreEos(true);
        Pieces free = new Pieces();
        run(engine, base, free);
        String piece = free.pieces.stream().filter(p -> p.matches(" [a-z]{3,}")).findFirst().orElseThrow();
        Pieces banned = new Pieces();
        GenerationResult r = run(engine, base.withAids(PatentAidSettings.of(new WordRules(List.of(piece.strip()), true))),
                banned);
        assertThat(r.newTokens()).isEqualTo(80);
        assertThat(banned.pieces).doesNotContain(piece);
        assertThat(banned.text()).isNotEqualTo(free.text());
    }

    @Test
    void aFolderWithoutPatentdeskJsonRunsThePlainPathWhateverTheRequestCarries() throws Exception {
        Path plain = Fixtures.copy(Fixtures.genai(), tmp.resolve("plain"));
        Files.delete(plain.resolve("patentdesk.json"));
        ModelFolder folder = ModelFolder.open(plain);
        assertThat(folder.aids()).isEmpty();
        GenerationRequest base = GenerationRequest.of(PROMPT).withMaxNewTokens(80).withIgnoreEos(true);
        assertThat(GenerationRequest.forTask(folder, DraftingTask.CLAIMS_TO_ABSTRACT, "1. A bolt.", 1).aids())
                .isSameAs(AidSettings.NONE);
        try (Engine bare = Engine.load(folder)) {
            Pieces free = new Pieces();
            int[] freeIds = run(bare, base, free).tokenIds();
            String piece = free.pieces.stream().filter(p -> p.matches(" [a-z]{3,}")).findFirst().orElseThrow();
            GenerationRequest aided = base.withAids(PatentAidSettings.of(new WordRules(List.of(piece.strip()), true))
                    .withCopyBoost(5).withLineLeads(LineLeads.dependentClaims("bolt", 2, 1)));
            // The same tokens as without the settings: nothing of the aids ran.
            assertThat(run(bare, aided, TokenListener.none()).tokenIds()).isEqualTo(freeIds);
            // The folder with its patentdesk.json runs them on the same weights: the banned word is gone.
            Pieces banned = new Pieces();
            run(engine, base.withAids(PatentAidSettings.of(new WordRules(List.of(piece.strip()), true))), banned);
            assertThat(banned.pieces).doesNotContain(piece);
        }
    }

    @Test
    void withALexiconEveryWordWrittenIsALexiconWordOrAWordOfThePrompt() throws Exception {
        GenerationRequest base = GenerationRequest.of(PROMPT).withMaxNewTokens(80).withIgnoreEos(true)
                .withSampling(Sampling.greedy().withTemperature(1.0).withSeed(7));
        Lexicon lexicon = Lexicon.of(List.of("the", "device", "lever", "claim", "wherein", "and", "of"));
        java.util.function.Predicate<String> known = w -> w.length() <= 1 || lexicon.contains(w.toLowerCase())
                || PROMPT.toLowerCase().matches("(?s).*\\b" + w.toLowerCase() + "\\b.*");
        String free = run(engine, base, TokenListener.none()).text();
        String kept = run(engine, base.withAids(PatentAidSettings.of(new WordRules(List.of(), false, lexicon))),
                TokenListener.none()).text();
        assertThat(wholeWords(free)).as(free).anyMatch(known.negate()); // the random model writes non-words
        assertThat(wholeWords(kept)).as(kept).isNotEmpty().allMatch(known);
    }

    /** The letter runs of {@code text}, less a last one that the token limit may have cut. */
    private static List<String> wholeWords(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("[^A-Za-z]+")));
        out.removeIf(String::isEmpty);
        if (!out.isEmpty() && !text.isEmpty() && Character.isLetter(text.charAt(text.length() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    @Test
    void theSettingsBecomeTheEnginesHooksInTheChainsOrder() throws ModelException {
        try (TextTokenizer tokenizer = TextTokenizer.load(engine.folder().tokenizerFile())) {
            AidContext context = new AidContext(tokenizer, new int[3], () -> new int[0], java.util.Set.of(0));
            assertThat(PatentStepAids.of(PatentAidSettings.NONE, context)).isNull();
            StepAids words = PatentStepAids.of(PatentAidSettings.of(new WordRules(List.of("said"), true))
                    .withNearRepeatWindow(20), context);
            assertThat(words.afterRepeatBans()).hasExactlyElementsOfTypes(io.patentdesk.inference.sampling.NoRepeatNgram.class,
                    BannedWords.class, ArticleAgreement.class);
            assertThat(words.beforePenalties()).isEmpty();
            StepAids known = PatentStepAids.of(PatentAidSettings.of(
                    new WordRules(List.of(), false, Lexicon.of(List.of("bolt")))), context);
            assertThat(known.afterRepeatBans()).hasExactlyElementsOfTypes(KnownWords.class);
            StepAids bonuses = PatentStepAids.of(PatentAidSettings.NONE.withInputWordBoost(2).withCopyBoost(3), context);
            assertThat(bonuses.beforePenalties()).hasExactlyElementsOfTypes(InputWords.class, InputCopy.class);
            assertThat(bonuses.guidance()).isNull();
            assertThat(bonuses.script()).isNull();
            assertThat(PatentStepAids.of(PatentAidSettings.NONE.withContextContrast(0.5), context).guidance()).isNotNull();
            assertThat(PatentStepAids.of(PatentAidSettings.NONE.withLineLeads(LineLeads.dependentClaims("bolt", 2, 1)),
                    context).script()).isNotNull();
        }
    }
}
