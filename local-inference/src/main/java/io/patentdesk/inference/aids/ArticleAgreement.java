package io.patentdesk.inference.aids;

import io.patentdesk.inference.sampling.LogitsTransform;
import io.patentdesk.inference.tokenize.ByteLevelTokens;
/**
 * "a" before a consonant sound and "an" before a vowel sound, for a model too small to plan one word ahead: it writes
 * "A" at the start of an abstract, then copies "electronic key system" from claim 1. When the draft's last word is "a"
 * (or "A"), tokens that start a new word with a, e, i or o are forbidden; after "an", tokens that start a word of two
 * or more letters with a consonant other than h and x ("an hour", "an x-ray"). Spelling decides, not sound: "u" is
 * left free both ways ("a unit", "an upper"), as are "one" and "once" ("a one-piece"), "eu" ("a European") and capitals
 * (acronyms: "an LED", "a USB"). Only a word after whitespace or at the start of the draft is an article ("arm 10a is"
 * is not). Works on the bytes of a byte-level BPE vocabulary, token by token: a word the model spells over several
 * tokens is judged by its first token (" o" + "ne" counts as a vowel, " k" + "ey" after "an" as one letter).
 */
public final class ArticleAgreement implements LogitsTransform {

    private static final String VOWELS = "aeio";
    private static final String CONSONANTS = "bcdfgjklmnpqrstvwyz";
    private static final String[] SOUNDS_LIKE_CONSONANT = {" one", " once", " eu"};

    private final byte[][] tokens;
    private final boolean[] vowelWord;
    private final boolean[] consonantWord;
    private final int promptLength;

    /**
     * @param tokens       the bytes of each token id
     * @param promptLength how many leading history tokens are the prompt: only the generated text's last word counts
     */
    public ArticleAgreement(byte[][] tokens, int promptLength) {
        this.tokens = tokens;
        this.promptLength = Math.max(0, promptLength);
        vowelWord = new boolean[tokens.length];
        consonantWord = new boolean[tokens.length];
        for (int id = 0; id < tokens.length; id++) {
            byte[] t = tokens[id];
            if (t.length >= 2 && t[0] == ' ') {
                char first = (char) t[1];
                vowelWord[id] = VOWELS.indexOf(first) >= 0 && !startsWithAny(t, SOUNDS_LIKE_CONSONANT);
                consonantWord[id] = CONSONANTS.indexOf(first) >= 0 && t.length >= 3 && ByteLevelTokens.isLetter(t[2]);
            }
        }
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        boolean[] banned = switch (lastWord(history, length)) {
            case "a", "A" -> vowelWord;
            case "an", "An", "AN" -> consonantWord;
            default -> null;
        };
        if (banned == null) {
            return;
        }
        for (int id = 0; id < Math.min(banned.length, logits.length); id++) {
            if (banned[id]) {
                logits[id] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    /**
     * The generated text's last word when it stands alone: the letters after the last whitespace or the start of the
     * draft; "" when another character comes first (the "a" of a reference numeral "10a" or a label "1A" is no
     * article) or when there are more than three letters.
     */
    private String lastWord(int[] history, int length) {
        StringBuilder reversed = new StringBuilder(3);
        for (int i = length - 1; i >= promptLength; i--) {
            int id = history[i];
            byte[] t = id >= 0 && id < tokens.length ? tokens[id] : new byte[0];
            for (int j = t.length - 1; j >= 0; j--) {
                if (!ByteLevelTokens.isLetter(t[j])) {
                    return isWhitespace(t[j]) ? reversed.reverse().toString() : "";
                }
                if (reversed.length() == 3) {
                    return "";
                }
                reversed.append((char) t[j]);
            }
        }
        return reversed.reverse().toString(); // the draft so far is one word
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    private static boolean startsWithAny(byte[] t, String[] prefixes) {
        for (String p : prefixes) {
            if (t.length >= p.length() && new String(t, 0, p.length(), java.nio.charset.StandardCharsets.ISO_8859_1).equals(p)) {
                return true;
            }
        }
        return false;
    }
}
