package io.patentdesk.editor.spell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellCheckerTest {
    private static final SpellChecker CHECKER = SpellChecker.on(HunspellDictionary.english(), KnownWords.NONE);

    private static List<String> misspelt(SpellChecker checker, String text) {
        return checker.check(text).stream().map(Misspelling::word).toList();
    }

    @Test
    void findsTheTyposANewUserTried() {
        String text = "1. A device for recieving a seperate signal, comprising a housing.";
        List<Misspelling> found = CHECKER.check(text);
        assertThat(found).extracting(Misspelling::word).containsExactly("recieving", "seperate");
        Misspelling first = found.get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("recieving");
    }

    @Test
    void suggestsTheIntendedWords() {
        assertThat(CHECKER.suggest("recieving")).contains("receiving");
        assertThat(CHECKER.suggest("seperate")).contains("separate");
    }

    @Test
    void acceptsPatentWordsCapitalisedSentenceStartsAndPossessives() {
        assertThat(misspelt(CHECKER, "Therebetween the lever's arm extends; wherein the arms are rotatable. The Housing."))
                .isEmpty();
    }

    @Test
    void skipsNumeralsAcronymsMixedCaseAndOtherScripts() {
        assertThat(misspelt(CHECKER, "lever 12a, FIG. 3, USB, H2O, iPhone, \u03b1-helix, \u4e00\u79cd\u88c5\u7f6e\u5305\u62ecxyzzq"))
                .isEmpty();
    }

    @Test
    void chineseTextIsSkippedWhole() {
        String claims = "1. \u4e00\u79cd\u5149\u5b66\u88c5\u7f6e\uff0c\u5176\u7279\u5f81\u5728\u4e8e\uff0c\u5305\u62ec\u900f\u955c\u3002";
        assertThat(CHECKER.check(claims)).isEmpty();
    }

    @Test
    void knownWordsAreAcceptedWithoutRegardToCase() {
        SpellChecker withTerms = CHECKER.withKnown(KnownWords.of(List.of("frobnicator")));
        assertThat(misspelt(CHECKER, "The Frobnicator turns.")).containsExactly("Frobnicator");
        assertThat(misspelt(withTerms, "The Frobnicator turns.")).isEmpty();
    }

    @Test
    void introducedTermsComeFromReferenceNumeralsAndQuotedDefinitions() {
        String spec = "The thermocoupler 12 sits on the spring-clip 14a beside the flanj (16). Hereinafter \u201cgizmotron\u201d.";
        KnownWords known = KnownWords.of(IntroducedTerms.of(spec));
        assertThat(known.contains("thermocoupler")).isTrue();
        assertThat(known.contains("clip")).isTrue();
        assertThat(known.contains("flanj")).isTrue();
        assertThat(known.contains("gizmotron")).isTrue();
        assertThat(misspelt(CHECKER.withKnown(known), spec)).isEmpty();
    }

    @Test
    void aMisspeltWordBeforeTheNumeralsNameStillShows() {
        String spec = "The recieving member 14 holds it.";
        assertThat(misspelt(CHECKER.withKnown(KnownWords.of(IntroducedTerms.of(spec))), spec)).containsExactly("recieving");
    }

    @Test
    void offsetsPointAtTheWordsInTheText() {
        String text = "A seperate, recieving \u2014 devise.";
        for (Misspelling m : CHECKER.check(text)) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.word());
        }
    }
}
