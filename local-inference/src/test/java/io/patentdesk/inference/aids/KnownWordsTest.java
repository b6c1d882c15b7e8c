package io.patentdesk.inference.aids;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KnownWords and Lexicon on a made-up vocabulary; the same cases as the pipeline's test_word_rules.py. */
class KnownWordsTest {

    // 0 special (end of text), 1 " key", 2 " ke", 3 "y", 4 "s", 5 " image", 6 " imag", 7 "x", 8 " Key", 9 " KEY",
    // 10 " kEy", 11 "10", 12 ",", 13 " iPhone", 14 " iP", 15 "hone", 16 " gizmo", 17 " gizm", 18 "o", 19 " q", 20 "e"
    static final String[] VOCAB = {"", " key", " ke", "y", "s", " image", " imag", "x", " Key", " KEY", " kEy", "10",
        ",", " iPhone", " iP", "hone", " gizmo", " gizm", "o", " q", "e"};
    static final Lexicon LEXICON = Lexicon.of(List.of("key", "keys", "image", "unit", "electronic"));

    static byte[][] tokens() {
        byte[][] t = new byte[VOCAB.length][];
        for (int i = 0; i < VOCAB.length; i++) {
            t[i] = VOCAB[i].getBytes(StandardCharsets.UTF_8);
        }
        return t;
    }

    /** The tokens left after the prompt {@code prompt} (ending in a special token) and the draft {@code draft}. */
    static List<Integer> allowed(int[] prompt, int... draft) {
        int[] h = new int[prompt.length + draft.length];
        System.arraycopy(prompt, 0, h, 0, prompt.length);
        System.arraycopy(draft, 0, h, prompt.length, draft.length);
        float[] logits = new float[VOCAB.length];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = -i; // distinct, highest first
        }
        new KnownWords(tokens(), LEXICON, prompt).apply(logits, h, h.length);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < logits.length; i++) {
            if (logits[i] != Float.NEGATIVE_INFINITY) {
                out.add(i);
            }
        }
        return out;
    }

    static final int[] PLAIN = {0};
    static final int[] GIZMO_PROMPT = {16, 13, 0}; // " gizmo iPhone" then the answer

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -     | 0,1,2,3,4,5,6,7,8,9,11,12,18,19,20
            2     | 3
            1     | 0,1,2,4,5,6,8,9,11,12,19
            6     | 20
            5,12  | 0,1,2,3,4,5,6,7,8,9,11,12,18,19,20
            """)
    void eachWordIsALexiconWordOrStillCanBecomeOne(String draft, String expected) {
        assertThat(allowed(PLAIN, ids(draft))).containsExactlyInAnyOrderElementsOf(ids(expected).length == 0 ? List.of()
                : java.util.Arrays.stream(ids(expected)).boxed().toList());
    }

    @Test
    void thePromptsWordsAreKnownAsItSpellsThem() {
        assertThat(allowed(GIZMO_PROMPT)).contains(13, 14, 16, 17).doesNotContain(10);
        assertThat(allowed(GIZMO_PROMPT, 17)).containsExactly(18);
        assertThat(allowed(GIZMO_PROMPT, 14)).containsExactly(15);
        assertThat(allowed(PLAIN)).doesNotContain(13, 14, 16, 17);
    }

    @Test
    void onlyTheKnownTokensAmongTheMostLikelyAreKept() {
        byte[][] many = new byte[300][];
        float[] logits = new float[300];
        for (int i = 0; i < many.length; i++) {
            many[i] = (i % 2 == 0 ? " key" : " kxq").getBytes(StandardCharsets.UTF_8);
            logits[i] = 1000 - i;
        }
        new KnownWords(many, LEXICON, new int[0]).apply(logits, new int[0], 0);
        long kept = java.util.Arrays.stream(toDoubles(logits)).filter(Double::isFinite).count();
        assertThat(kept).isEqualTo(KnownWords.WINDOW / 2); // the known ones among the 64 most likely
        assertThat(logits[0]).isEqualTo(1000f);
        assertThat(logits[1]).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(logits[KnownWords.WINDOW]).isEqualTo(Float.NEGATIVE_INFINITY); // " key", but less likely
    }

    @Test
    void whenNoTokenWritesAKnownWordTheRuleStandsAside() {
        byte[][] odd = {" kxq".getBytes(StandardCharsets.UTF_8), " zzz".getBytes(StandardCharsets.UTF_8)};
        float[] logits = {2, 1};
        new KnownWords(odd, LEXICON, new int[0]).apply(logits, new int[0], 0);
        assertThat(logits).containsExactly(2, 1); // a vocabulary without single letters; never a byte-level one
    }

    @Test
    void aLexiconFindsWordsAndTheirBeginningsAndReadsGzip(@TempDir Path dir) throws IOException {
        assertThat(LEXICON.contains("keys")).isTrue();
        assertThat(LEXICON.contains("ke")).isFalse();
        assertThat(LEXICON.begins("ke")).isTrue();
        assertThat(LEXICON.begins("kez")).isFalse();
        assertThat(LEXICON.begins("")).isTrue();
        assertThat(Lexicon.of(List.of("Key", "x-ray", "café", "unit")).size()).isEqualTo(2); // a-z only, lower-cased
        Path gz = dir.resolve("lexicon.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("unit\n\nkey\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Lexicon.read(gz)).isEqualTo(Lexicon.of(List.of("key", "unit")));
        Path plain = Files.writeString(dir.resolve("words.txt"), "key\nunit\n");
        assertThat(Lexicon.read(plain)).isEqualTo(Lexicon.read(gz));
    }

    private static int[] ids(String csv) {
        return csv.equals("-") || csv.isBlank() ? new int[0]
                : java.util.Arrays.stream(csv.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    }

    private static double[] toDoubles(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
