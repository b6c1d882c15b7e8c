package io.patentdesk.analyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.WordLists;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wording of real claims that the checker used to report as antecedent errors (issue 22): hyphen and space variants,
 * participles before the noun, a verb run into the phrase, proper names, purpose phrases, coordinated modifiers.
 * None may raise an error; the antecedent rules may report only what is marked (⟦ ⟧, at most one span), with the
 * rule given.
 */
class RealWordingPrecisionTest {

    private static final Analyzer ANALYZER = new Analyzer();
    private static final Set<String> TERM_RULES = Set.of("antecedent-basis", "ambiguous-antecedent",
            "inconsistent-term");

    record Case(String what, String marked, String rule) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("hyphenated, then open",
                        "1. A tractor comprising a three-point hitch.\n"
                                + "2. The tractor of claim 1, wherein the ⟦three point⟧ hitch is raised by a ram.",
                        "inconsistent-term"),
                new Case("hyphenated, then open, in one claim",
                        "1. A method comprising logging black-listed events, wherein the ⟦black listed⟧ events are"
                                + " dropped.",
                        "inconsistent-term"),
                new Case("closed, then open, reported once",
                        "1. A scooter comprising a footplate.\n2. The scooter of claim 1, wherein the ⟦foot plate⟧ is"
                                + " steel.\n3. The scooter of claim 2, wherein the foot plate is ribbed.",
                        "inconsistent-term"),
                new Case("open, then closed",
                        "1. A scooter comprising a foot plate.\n2. The scooter of claim 1, wherein the ⟦footplate⟧ is"
                                + " steel.",
                        "inconsistent-term"),
                new Case("participle before a quantified phrase",
                        "1. A method comprising training at least one data model on images, and applying the"
                                + " trained at least one data model to a new image.", null),
                new Case("participle before one or more",
                        "1. A method comprising acquiring one or more paths, and storing the acquired one or more"
                                + " paths in a memory.", null),
                new Case("the at least one X",
                        "1. A lamp comprising at least one bulb, wherein the at least one bulb is dimmable.", null),
                new Case("a verb run into the phrase after a plural",
                        "1. A system comprising a server for generating reports daily, wherein the reports identify"
                                + " a fault.", null),
                new Case("a verb in -s run into the phrase",
                        "1. A grill comprising a motor and a skewer, wherein the motor turns the skewer.", null),
                new Case("proper name of a standard",
                        "1. A server that communicates over the Intelligent Platform Management Interface,"
                                + " comprising a controller.", null),
                new Case("an abbreviation defined in parentheses, used alone and with a modifier",
                        "1. A device comprising a personal user interface (UI), wherein the UI is lit and the"
                                + " personal UI is dimmed.", null),
                new Case("an abbreviation standing for more than three words keeps the modifier before them",
                        "1. A method comprising receiving, at a destination mobility management network entity"
                                + " (MMNE), a request, and answering by the destination MMNE.", null),
                new Case("a hyphenated abbreviation of capitalized words",
                        "1. A method comprising identifying a Serving Gateway (S-GW), and sending a request to the"
                                + " S-GW.", null),
                new Case("an abbreviation continuing a phrase",
                        "1. A phone comprising Session Initiation Protocol (SIP) circuitry that sends a SIP invite"
                                + " message, wherein the SIP invite message carries a code.", null),
                new Case("coordinated ordinals",
                        "1. A clamp comprising first and second jaws, wherein the first jaw is fixed and the second"
                                + " jaw slides.", null),
                new Case("coordinated modifiers",
                        "1. A frame comprising left and right stops, wherein the right stop is adjustable.", null),
                new Case("numbered plural, then ordinals",
                        "1. A lamp comprising two bulbs, wherein the first bulb is red and the second bulb is"
                                + " blue.", null),
                new Case("ordinal with adjectives between",
                        "1. A drill comprising a first curved smooth flute and a second curved smooth flute, wherein"
                                + " the first flute is longer than the second flute.", null),
                new Case("each said",
                        "1. A joint comprising a pair of half-cylindrical members, each said half-cylindrical member"
                                + " having a flange.", null),
                new Case("adverb before a participle",
                        "1. A method comprising recording a time of milking, and recording an interval since a"
                                + " preceding milking, wherein the immediately preceding milking is stored.", null),
                new Case("coordinated adjectives",
                        "1. A converter comprising a switch node carrying a positive going voltage and a negative"
                                + " going voltage, wherein the positive or negative going voltage is clamped.", null),
                new Case("design claim",
                        "1. I claim the ornamental design for a boat motor stabilizer, as shown and described.",
                        null),
                new Case("design claim naming the article with 'of'",
                        "1. The design of the current sensor, as shown and described.", null),
                new Case("a force inherent in what is measured",
                        "1. A coupling comprising a sleeve and a sensor to measure ⟦the force⟧ applied to the sleeve.",
                        "antecedent-basis"),
                new Case("a long phrase that says which one",
                        "1. A power stage comprising a high side power transistor and a low side power transistor,"
                                + " wherein the low side power transistor turns off first.", null),
                new Case("gerund used as a verb is not a kind",
                        "1. A process comprising heating phosgene, reacting phosgene with an amine, and cooling the"
                                + " phosgene.", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void raisesNoErrorAndOnlyTheMarkedFinding(Case k) {
        String text = k.marked().replace("⟦", "").replace("⟧", "");
        Report r = ANALYZER.analyze(Document.ofClaims(text));
        assertThat(PlantedDefectsTest.errors(r)).as(text).isEmpty();
        List<Finding> term = r.findings().stream().filter(f -> TERM_RULES.contains(f.rule())).toList();
        if (k.rule() == null) {
            assertThat(term).as(text).isEmpty();
        } else {
            int s = k.marked().indexOf('⟦');
            int e = k.marked().indexOf('⟧') - 1;
            assertThat(term).as(text).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(k.rule());
                assertThat(f.start()).isEqualTo(s);
                assertThat(f.end()).isEqualTo(e);
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
        }
    }

    @Test
    void claimsLostFromTheNumberingAreOneErrorNotOnePerReference() {
        Report r = ANALYZER.analyze("1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is red.\n"
                + "6. The lamp of claim 4, wherein the bulb is dim.\n7. The lamp of claim 5, wherein the bulb is hot.");
        assertThat(PlantedDefectsTest.errors(r)).extracting(Finding::rule).containsExactly("claim-numbering");
        assertThat(r.findingsOf("dependency-missing")).hasSize(2)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aClaimThatEndsInMidSentenceIsAWarningThatItsRestIsMissing() {
        String text = "1. A pencil comprising: a cartridge (\n2. A device comprising: a hub and the";
        Report r = ANALYZER.analyze(text);
        assertThat(r.findingsOf("claim-period")).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("mid-sentence");
        });
        assertThat(ANALYZER.analyze("1. A pencil comprising a cartridge").findingsOf("claim-period"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void anApproximatedNumberIsANoteWithItsOwnCitation() {
        String text = "1. A heater configured to reach about 40 degrees Celsius within approximately 5 min, with a"
                + " substantially flat plate.";
        Report r = ANALYZER.analyze(text);
        List<Finding> f = r.findingsOf("indefinite-term");
        assertThat(f).extracting(x -> text.substring(x.start(), x.end()))
                .containsExactly("about", "approximately", "substantially");
        assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(0).citation()).isEqualTo("MPEP 2173.05(b)(III)(A)");
        assertThat(f.get(1).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(2).severity()).isEqualTo(Severity.WARNING);
        assertThat(f).allSatisfy(x -> assertThat(x.confidence()).isEqualTo(Confidence.CERTAIN));
    }

    @Test
    void theUsersWordListDecidesHowAnApproximationIsReported() {
        String text = "1. A heater configured to reach about 40 degrees Celsius.";
        WordLists warn = WordLists.defaults().with(WordLists.Kind.INDEFINITE_TERMS, List.of("about # = warning"));
        assertThat(new Analyzer(warn).analyze(text).findingsOf("indefinite-term")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
        WordLists plain = WordLists.defaults().with(WordLists.Kind.INDEFINITE_TERMS, List.of("about #"));
        assertThat(new Analyzer(plain).analyze(text).findingsOf("indefinite-term")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
        WordLists none = WordLists.defaults().with(WordLists.Kind.INDEFINITE_TERMS, List.of("substantially"));
        assertThat(new Analyzer(none).analyze(text).findingsOf("indefinite-term")).isEmpty();
    }
}
