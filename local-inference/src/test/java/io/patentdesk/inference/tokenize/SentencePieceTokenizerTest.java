package io.patentdesk.inference.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.inference.ModelException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SentencePiece-style tokenizer.json files (Llama 2's legacy normalizer, Mistral v0.3's Metaspace pre-tokenizer,
 * Phi-3's, a Metaspace decoder; written by src/test/scripts/make_sentencepiece_tokenizers.py in Hugging Face's
 * schema): the streaming text equals what the tokenizers library itself decodes, for random token sequences, at the
 * start of a sequence and after a prompt.
 */
class SentencePieceTokenizerTest {

    static Path file(String name) {
        try {
            return Path.of(SentencePieceTokenizerTest.class.getResource("/tokenizers/" + name + "/tokenizer.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stream(StreamingDetokenizer d, int[] ids) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            sb.append(d.push(id));
        }
        return sb.append(d.flush()).toString();
    }

    /** Random ids, biased toward byte-fallback tokens (3..258) so that runs and broken characters are common. */
    private static int[] randomIds(SplittableRandom random, int vocab, int length) {
        return IntStream.range(0, length).map(i -> random.nextInt(3) == 0 ? 3 + random.nextInt(256)
                : random.nextInt(4) == 0 ? 0xC3 + 3 + random.nextInt(2) : random.nextInt(vocab)).toArray();
    }

    /**
     * The ids without the bytes of a character still unfinished at their end (the last byte run, special tokens inside
     * it skipped as the decoder skips them, whose last bytes begin a character that never completes).
     */
    private static int[] withoutOpenRun(TextTokenizer t, int[] ids) {
        java.util.List<Integer> runAt = new java.util.ArrayList<>();
        for (int i = ids.length - 1; i >= 0; i--) {
            if (t.sentencePieceByte(ids[i]) >= 0) {
                runAt.add(0, i);
            } else if (!t.decode(ids, i, i + 1).isEmpty() || isText(t, ids[i])) {
                break; // a token with text ends the run
            }
        }
        byte[] run = new byte[runAt.size()];
        for (int i = 0; i < run.length; i++) {
            run[i] = (byte) t.sentencePieceByte(ids[runAt.get(i)]);
        }
        int keep = ByteLevelDetokenizer.completePrefix(run, run.length);
        java.util.Set<Integer> drop = new java.util.HashSet<>(runAt.subList(keep, runAt.size()));
        return IntStream.range(0, ids.length).filter(i -> !drop.contains(i)).map(i -> ids[i]).toArray();
    }

    /** Whether a token is shown at all (not a special token), even where its text is empty after a strip. */
    private static boolean isText(TextTokenizer t, int id) {
        return !t.decode(new int[] {t.encode("a", false)[t.encode("a", false).length - 1], id}, 0, 2)
                .equals(t.decode(new int[] {t.encode("a", false)[t.encode("a", false).length - 1]}, 0, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama2", "mistral", "phi3", "metaspace-decoder"})
    void theStreamIsTheNativeDecodingOfRandomSequences(String name) throws ModelException {
        try (TextTokenizer t = TextTokenizer.load(file(name))) {
            assertThat(t.isByteLevel()).isFalse();
            assertThat(t.streaming()).isInstanceOf(SentencePieceDetokenizer.class);
            SplittableRandom random = new SplittableRandom(28);
            for (int trial = 0; trial < 400; trial++) {
                int[] ids = randomIds(random, t.vocabSize(), 1 + random.nextInt(30));
                String expected = t.decode(withoutOpenRun(t, ids), 0, withoutOpenRun(t, ids).length);
                assertThat(stream(t.streaming(), ids)).as("%s ids %s", name, Arrays.toString(ids)).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama2", "mistral", "phi3", "metaspace-decoder"})
    void afterAPromptTheStreamKeepsItsFirstSpaceAsTheWholeSequenceHasIt(String name) throws ModelException {
        try (TextTokenizer t = TextTokenizer.load(file(name))) {
            SplittableRandom random = new SplittableRandom(7);
            int[] prompt = t.encode("1. A bolt and a nut, wherein the", true);
            String promptText = t.decode(prompt, 0, prompt.length);
            for (int trial = 0; trial < 300; trial++) {
                int[] draft = randomIds(random, t.vocabSize(), 1 + random.nextInt(30));
                int[] whole = withoutOpenRun(t, IntStream.concat(IntStream.of(prompt), IntStream.of(draft)).toArray());
                String expected = t.decode(whole, 0, whole.length).substring(promptText.length());
                assertThat(stream(t.streaming(prompt), draft)).as("%s draft %s", name, Arrays.toString(draft))
                        .isEqualTo(expected);
            }
            // The native path, for tokenizers without a Java one, keeps the first space too (on text, not garbage).
            for (String words : new String[] {" nut", "nut", " the bolt\n€ 5", "\n2. The lid"}) {
                int[] draft = t.encode(words, false);
                int[] whole = IntStream.concat(IntStream.of(prompt), IntStream.of(draft)).toArray();
                String expected = t.decode(whole, 0, whole.length).substring(promptText.length());
                assertThat(stream(t.generalStreaming(prompt), draft)).isEqualTo(expected);
                assertThat(stream(t.streaming(prompt), draft)).isEqualTo(expected);
            }
            int[] nut = t.encode("nut", false); // "▁nut": the encoder marks the start of the text as a word start
            assertThat(stream(t.streaming(prompt), nut)).isEqualTo(" nut");
            assertThat(stream(t.streaming(), nut)).isEqualTo("nut"); // the sequence's own first space is dropped
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama2", "mistral", "phi3"})
    void aLineBreakAndACharacterOutsideTheVocabularyComeAsBytesAndShowWhole(String name) throws ModelException {
        try (TextTokenizer t = TextTokenizer.load(file(name))) {
            int[] ids = t.encode("the bolt\n€ 5", false);
            int newline = t.encode("\n", false)[t.encode("\n", false).length - 1];
            assertThat(t.sentencePieceByte(newline)).isEqualTo(0x0A); // <0x0A>
            StreamingDetokenizer d = t.streaming(t.encode("x", true));
            StringBuilder shown = new StringBuilder();
            for (int id : ids) {
                String piece = d.push(id);
                assertThat(piece).doesNotContain("\uFFFD");
                shown.append(piece);
            }
            assertThat(shown.append(d.flush()).toString()).isEqualTo(" the bolt\n€ 5");
            // Cut inside the euro sign: nothing of it is shown.
            int euro = IntStream.range(0, ids.length).filter(i -> t.sentencePieceByte(ids[i]) == 0xE2).findFirst()
                    .orElseThrow();
            StreamingDetokenizer cut = t.streaming(t.encode("x", true));
            assertThat(stream(cut, Arrays.copyOf(ids, euro + 2))).isEqualTo(" the bolt\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama2", "mistral", "phi3"})
    void aPromptsPartsEncodeAsTheWholeTextDoesWithoutASpaceAtEachJoin(String name) throws ModelException {
        try (TextTokenizer t = TextTokenizer.load(file(name))) {
            String head = "Claims:\n";
            String body = "1. A cup and a lid, wherein the lid";
            String tail = "\n\nAbstract:\nThe";
            int[] parts = IntStream.concat(IntStream.concat(IntStream.of(t.encode(head, false)),
                    IntStream.of(t.encodeAfter(body))), IntStream.of(t.encodeAfter(tail))).toArray();
            assertThat(parts).containsExactly(t.encode(head + body + tail, false));
            // Encoded on its own, the body would begin with a word start: a space the prompt does not have.
            assertThat(t.decode(IntStream.concat(IntStream.of(t.encode(head, false)), IntStream.of(t.encode(body, false)))
                    .toArray(), 0, t.encode(head, false).length + t.encode(body, false).length)).contains(":\n 1.");
        }
    }
}
