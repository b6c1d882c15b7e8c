package io.patentdesk.inference.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.sampling.LogitsTransform;
import io.patentdesk.inference.sampling.Sampler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BannedWords and ArticleAgreement on a made-up vocabulary; the same cases as the pipeline's test_word_rules.py. */
class WordRulesTest {

    // 0 "A", 1 " a", 2 " an", 3 " electronic", 4 " key", 5 " image", 6 " one", 7 " unit", 8 " hour", 9 "n",
    // 10 " said", 11 " cl", 12 "aim", 13 " x", 14 " data", 15 ".", 16 " European", 17 " n", 18 "An", 19 " Electronic",
    // 20 " 10", 21 "a", 22 "\n"
    private static final String[] VOCAB = {"A", " a", " an", " electronic", " key", " image", " one", " unit", " hour",
        "n", " said", " cl", "aim", " x", " data", ".", " European", " n", "An", " Electronic", " 10", "a", "\n"};
    private static final int PROMPT = 2; // two prompt tokens, then the draft

    private static byte[][] tokens() {
        byte[][] t = new byte[VOCAB.length][];
        for (int i = 0; i < VOCAB.length; i++) {
            t[i] = VOCAB[i].getBytes(StandardCharsets.UTF_8);
        }
        return t;
    }

    /** The tokens left allowed after the draft {@code generated} (after the prompt 15 15). */
    private static List<Integer> allowedAfter(LogitsTransform rule, int... generated) {
        int[] h = new int[PROMPT + generated.length];
        h[0] = 15;
        h[1] = 15;
        System.arraycopy(generated, 0, h, PROMPT, generated.length);
        float[] logits = new float[VOCAB.length];
        rule.apply(logits, h, h.length);
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < logits.length; i++) {
            if (logits[i] != Float.NEGATIVE_INFINITY) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Integer> all() {
        return java.util.stream.IntStream.range(0, VOCAB.length).boxed().toList();
    }

    @Test
    void afterAOnlyWordsThatDoNotStartWithAVowelLetterMayFollow() {
        ArticleAgreement rule = new ArticleAgreement(tokens(), PROMPT);
        // "A" as the draft's first word, and " a" later: " electronic", " image", " an" go; " one", " unit",
        // " European" (sounds), capitals and word-continuing tokens stay.
        assertThat(allowedAfter(rule, 0)).doesNotContain(2, 3, 5).contains(4, 6, 7, 9, 16, 19, 8);
        assertThat(allowedAfter(rule, 4, 1)).doesNotContain(2, 3, 5).contains(4, 6, 7);
    }

    @Test
    void afterAnOnlyWordsThatDoNotStartWithAConsonantMayFollow() {
        ArticleAgreement rule = new ArticleAgreement(tokens(), PROMPT);
        // " an", "An", and "A" + "n" spelt over two tokens: " key", " data", " said" go; " hour", " x" (one letter),
        // " n" (one letter: "an n-type layer"), vowels stay.
        for (int[] draft : new int[][] {{4, 2}, {18}, {0, 9}}) {
            assertThat(allowedAfter(rule, draft)).doesNotContain(4, 10, 14).contains(3, 5, 8, 13, 17, 7);
        }
    }

    @Test
    void otherWordsAndThePromptsLastWordChangeNothing() {
        ArticleAgreement rule = new ArticleAgreement(tokens(), PROMPT);
        assertThat(allowedAfter(rule)).isEqualTo(all()); // nothing generated: the prompt's words do not count
        assertThat(allowedAfter(rule, 14)).isEqualTo(all()); // "data" ends in "a" but is not "a"
        assertThat(allowedAfter(rule, 1, 15)).isEqualTo(all()); // " a." ends with a non-letter
        assertThat(allowedAfter(rule, 11, 12)).isEqualTo(all()); // "claim": more than three letters
        assertThat(allowedAfter(rule, 20, 21)).isEqualTo(all()); // "arm 10a is": a reference numeral, no article
        assertThat(allowedAfter(rule, 15, 0)).isEqualTo(all()); // ".A": not after whitespace
        assertThat(allowedAfter(rule, 22, 0)).doesNotContain(3); // a new line starts a word
    }

    @Test
    void aBannedWordIsForbiddenInEverySpellingAndOnlyAtItsEnd() {
        Map<String, int[]> encodings = Map.of(" said", new int[] {10}, "said", new int[] {10}, " Said", new int[] {10},
                "Said", new int[] {10}, " claim", new int[] {11, 12}, "claim", new int[] {11, 12},
                " Claim", new int[] {11, 12}, "Claim", new int[] {11, 12});
        List<int[]> sequences = BannedWords.spellings(List.of("said", "claim"), encodings::get);
        assertThat(sequences).hasSize(2); // four spellings each, the same ids once
        BannedWords rule = new BannedWords(sequences, PROMPT);
        assertThat(allowedAfter(rule, 4)).doesNotContain(10).contains(11, 12); // " cl" alone is allowed...
        assertThat(allowedAfter(rule, 4, 11)).doesNotContain(10, 12); // ...but not "aim" after it
    }

    @Test
    void aSequenceIsMatchedOnTheDraftNotOnThePrompt() {
        BannedWords rule = new BannedWords(List.of(new int[] {15, 12}), PROMPT);
        assertThat(allowedAfter(rule)).contains(12); // the prompt ends with 15: not the draft's
        assertThat(allowedAfter(rule, 15)).doesNotContain(12);
    }

    @Test
    void theSamplerAppliesTheRulesAfterTheRepetitionBans() {
        float[] logits = new float[VOCAB.length];
        logits[3] = 5f; // " electronic" is the model's choice after "A"
        logits[4] = 1f;
        int[] h = {15, 15, 0};
        Sampler s = Sampler.of(Sampling.greedy(), PROMPT, List.of(), List.of(new ArticleAgreement(tokens(), PROMPT)));
        assertThat(s.next(logits, h, h.length)).isEqualTo(4);
    }

    @Test
    void aBannedWordMustBeOneWord() {
        assertThatThrownBy(() -> new WordRules(List.of("according to"), false)).hasMessageContaining("one word");
        assertThatThrownBy(() -> new WordRules(List.of(""), false)).hasMessageContaining("one word");
        assertThat(WordRules.NONE.isEmpty()).isTrue();
        assertThat(new WordRules(List.of(), true).isEmpty()).isFalse();
    }
}
