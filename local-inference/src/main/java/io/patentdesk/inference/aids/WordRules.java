package io.patentdesk.inference.aids;

import java.util.List;

/**
 * Rules on the words of a draft that sampling settings cannot express, set by a model folder's {@code patentdesk.json}
 * (per task {@code "bannedWords"}, model-wide {@code "articleAgreement"} and {@code "lexicon"}). A small model needs them where a large one
 * would not: it copies "said" and "according to claim 1" from the claims into an abstract, and it writes "A" before
 * it knows that "electronic key system" comes next.
 *
 * @param bannedWords      single words the draft does not write, in the tokenizer's spellings of the word as given
 *                         and capitalised, after a space or not ({@link BannedWords}: a word whose tokens also begin a
 *                         longer word bans that too, "claim" + "ing"; an unusual split of it slips through); an
 *                         abstract avoids claim language (MPEP 608.01(b) names "said" and "means")
 * @param articleAgreement "a" never comes before a word starting with a, e, i or o, nor "an" before one starting with a
 *                         consonant other than h and x ({@link ArticleAgreement}; byte-level tokenizers only)
 * @param knownWords       every word the draft writes is a word of this lexicon or of the prompt ({@link KnownWords};
 *                         byte-level tokenizers only); null: any word
 * @param bannedOpenings   strings the draft never begins with ({@link BannedOpenings}; byte-level tokenizers only): a
 *                         description paragraph does not begin with its own paragraph label, {@code "["}
 */
public record WordRules(List<String> bannedWords, boolean articleAgreement, Lexicon knownWords,
        List<String> bannedOpenings) {

    /** No rules: what a model folder that declares none gets. */
    public static final WordRules NONE = new WordRules(List.of(), false);

    public WordRules(List<String> bannedWords, boolean articleAgreement) {
        this(bannedWords, articleAgreement, null);
    }

    public WordRules(List<String> bannedWords, boolean articleAgreement, Lexicon knownWords) {
        this(bannedWords, articleAgreement, knownWords, List.of());
    }

    public WordRules {
        bannedWords = List.copyOf(bannedWords);
        bannedOpenings = List.copyOf(bannedOpenings);
        if (bannedOpenings.stream().anyMatch(o -> o.isBlank())) {
            throw new IllegalArgumentException("a banned opening must have a character other than whitespace");
        }
        for (String w : bannedWords) {
            if (!isWord(w)) {
                throw new IllegalArgumentException("a banned word must be one word without spaces, was \"" + w + "\"");
            }
        }
    }

    /** Whether {@code w} can be banned: not empty, no whitespace. */
    public static boolean isWord(String w) {
        return !w.isEmpty() && w.chars().noneMatch(Character::isWhitespace);
    }

    public boolean isEmpty() {
        return bannedWords.isEmpty() && !articleAgreement && knownWords == null && bannedOpenings.isEmpty();
    }
}
