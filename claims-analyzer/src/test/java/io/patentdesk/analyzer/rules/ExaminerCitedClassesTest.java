package io.patentdesk.analyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kinds of antecedent and dependency problems examiners cite that the checker used to miss (issue 22), each as a
 * claim set like the ones they were seen in. The span the finding must underline is marked with ⟦ ⟧; rule,
 * severity, confidence and claim are checked, and that no other claims finding covers the same span.
 */
class ExaminerCitedClassesTest {

    private static final Analyzer ANALYZER = new Analyzer();

    record Case(String what, String marked, String rule, Severity severity, Confidence confidence, int claim) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("abbreviation introduced only in a claim it does not depend on",
                        "1. A receiver comprising an amplifier and a mixer.\n"
                                + "2. The receiver of claim 1, wherein ⟦the BPF⟧ is tuned to the mixer output.\n"
                                + "3. The receiver of claim 1, further comprising a band-pass filter (BPF) ahead of the"
                                + " amplifier.",
                        "antecedent-basis", Severity.ERROR, Confidence.LIKELY, 2),
                new Case("abbreviation never introduced in the claims",
                        "1. A receiver comprising an amplifier, wherein ⟦the BPF⟧ passes the carrier band.",
                        "antecedent-basis", Severity.WARNING, Confidence.POSSIBLE, 1),
                new Case("ordinal after only a plural",
                        "1. A mesh network comprising neighbor nodes that relay packets, wherein ⟦the first node⟧"
                                + " forwards a beacon.",
                        "antecedent-basis", Severity.WARNING, Confidence.LIKELY, 1),
                new Case("singular after only a plural",
                        "1. A press comprising a frame and at least two working blocks mounted on the frame.\n"
                                + "2. The press of claim 1, wherein ⟦said working block⟧ is hardened steel.",
                        "antecedent-basis", Severity.WARNING, Confidence.LIKELY, 2),
                new Case("compound preamble noun does not introduce its first word",
                        "1. A gear train comprising a first gear and a second gear meshing with the first gear,"
                                + " wherein ⟦the gear⟧ is made of brass.",
                        "ambiguous-antecedent", Severity.ERROR, Confidence.CERTAIN, 1),
                new Case("two kinds of one noun",
                        "1. A cup lid comprising a drinking opening and a vent opening, wherein ⟦the opening⟧ is"
                                + " closed by a flap.",
                        "ambiguous-antecedent", Severity.ERROR, Confidence.LIKELY, 1),
                new Case("two kinds of one noun, then words that may say which (US5979021A)",
                        "1. A tie comprising a necktie wire and a bent wire, ⟦said wire⟧ having a pair of V-shaped"
                                + " legs.",
                        "ambiguous-antecedent", Severity.WARNING, Confidence.POSSIBLE, 1),
                new Case("two kinds of one noun, then a reference numeral",
                        "1. A door comprising a window frame (41) and a door frame (42), wherein a seal is cut"
                                + " from ⟦the frame⟧ (41).",
                        "ambiguous-antecedent", Severity.WARNING, Confidence.POSSIBLE, 1),
                new Case("the user with no user introduced",
                        "1. A method comprising: displaying a page on a screen; and receiving a selection made by"
                                + " ⟦the user⟧ on the page.",
                        "antecedent-basis", Severity.ERROR, Confidence.CERTAIN, 1),
                new Case("part of a named thing",
                        "1. A garment comprising a body and a collar, wherein ⟦the front side⟧ of the body carries a"
                                + " print.",
                        "antecedent-basis", Severity.WARNING, Confidence.POSSIBLE, 1),
                new Case("an ordinal term after only its plural",
                        "1. A plate comprising a plurality of first grooves and a second groove, wherein ⟦the first"
                                + " groove⟧ is deeper than the second groove.",
                        "antecedent-basis", Severity.WARNING, Confidence.LIKELY, 1),
                new Case("a known start, a head noun never introduced",
                        "1. A wheel lift comprising a scissor lift and a motor, wherein a wheel rests on ⟦the scissor"
                                + " lift table⟧.",
                        "antecedent-basis", Severity.WARNING, Confidence.POSSIBLE, 1),
                new Case("a property that may be inherent",
                        "1. A separator comprising a belt and a mechanism that controls ⟦the rate⟧ at which items"
                                + " move on the belt.",
                        "antecedent-basis", Severity.WARNING, Confidence.LIKELY, 1),
                new Case("a part of the wearer's body",
                        "1. A lanyard having two ends and a length to extend around ⟦the neck⟧ and over the"
                                + " shoulders.",
                        "antecedent-basis", Severity.WARNING, Confidence.LIKELY, 1),
                new Case("purpose phrase in the preamble",
                        "1. A pacemaker for stimulating ⟦the heart⟧, comprising a lead and a pulse generator.",
                        "antecedent-basis", Severity.WARNING, Confidence.POSSIBLE, 1),
                new Case("method depending on an apparatus",
                        "1. An apparatus comprising a pump and a valve.\n"
                                + "2. ⟦The method⟧ of claim 1, further comprising opening the valve.",
                        "dependency-category", Severity.ERROR, Confidence.CERTAIN, 2),
                new Case("system depending on a method, through a longer subject",
                        "1. A control method of a gaming machine, comprising dealing a card.\n"
                                + "2. The control method of a gaming machine according to claim 1, further comprising"
                                + " showing the card.\n"
                                + "3. ⟦The system⟧ of claim 2, wherein the card is shown face up.",
                        "dependency-category", Severity.ERROR, Confidence.CERTAIN, 3),
                new Case("system depending on a medium claim",
                        "1. A non-transitory computer-readable medium storing instructions that cause a processor"
                                + " to log events.\n"
                                + "2. ⟦The system⟧ of claim 1, wherein the events are logged daily.",
                        "dependency-category", Severity.ERROR, Confidence.LIKELY, 2),
                new Case("one term written with a hyphen and without",
                        "1. A tractor comprising a three-point hitch.\n"
                                + "2. The tractor of claim 1, wherein the ⟦three point⟧ hitch is raised by a ram.",
                        "inconsistent-term", Severity.WARNING, Confidence.LIKELY, 2),
                new Case("one term written closed and open",
                        "1. A scooter comprising a footplate and a handlebar.\n"
                                + "2. The scooter of claim 1, wherein the ⟦foot plate⟧ is aluminum.",
                        "inconsistent-term", Severity.WARNING, Confidence.LIKELY, 2),
                new Case("an ordinal after 'one' and 'the other' of a noun",
                        "1. A stand comprising two telescoping tubes, one tube fixed to a base and the other tube"
                                + " sliding in it.\n"
                                + "2. The stand of claim 1, wherein ⟦the first tube⟧ carries a lock.",
                        "antecedent-basis", Severity.WARNING, Confidence.POSSIBLE, 2),
                new Case("the same noun introduced twice with 'a'",
                        "1. A method to recommend items to a user, comprising scoring the items by actions performed"
                                + " by a user, and showing ⟦the user⟧ a list of the items.",
                        "ambiguous-antecedent", Severity.WARNING, Confidence.POSSIBLE, 1),
                new Case("one of several introduced one for each of several things",
                        "1. A wheel rim comprising segments, each segment having an inner edge and an outer edge.\n"
                                + "2. The wheel rim of claim 1, wherein ⟦the inner edge⟧ is rounded.",
                        "antecedent-basis", Severity.WARNING, Confidence.LIKELY, 2),
                new Case("a plural after only one was introduced",
                        "1. A necktie comprising a band and a free end, wherein ⟦said free ends⟧ are hemmed.",
                        "antecedent-basis", Severity.WARNING, Confidence.POSSIBLE, 1),
                new Case("coordinated modifiers before a noun never introduced",
                        "1. An axle assembly comprising a frame and a shaft.\n"
                                + "2. The axle assembly of claim 1, wherein ⟦the proximal and distal bifurcated"
                                + " housings⟧ hold the shaft.",
                        "antecedent-basis", Severity.ERROR, Confidence.LIKELY, 2),
                new Case("an opening like a dependent claim's that refers to no claim",
                        "1. A gearless portal axle assembly comprising a housing.\n"
                                + "2. ⟦The gearless portal axle assembly⟧ wherein the housing is cast.",
                        "antecedent-basis", Severity.WARNING, Confidence.POSSIBLE, 2),
                new Case("a known start and a head noun never introduced, after a dropped 'said'",
                        "1. A lifter comprising a gear motor turning a screw.\n"
                                + "2. The lifter of claim 1, wherein the ⟦said motor drive shaft⟧ is parallel to the"
                                + " screw.",
                        "antecedent-basis", Severity.WARNING, Confidence.POSSIBLE, 2),
                new Case("a plural head noun after a known start",
                        "1. A lifter comprising a wheel and mounting heads.\n"
                                + "2. The lifter of claim 1, wherein the wheel is raised onto ⟦the mounting beads⟧ by"
                                + " hand.",
                        "antecedent-basis", Severity.WARNING, Confidence.POSSIBLE, 2),
                new Case("an exempt word naming the kind of an element",
                        "1. A lift comprising a base and an arm.\n"
                                + "2. The lift of claim 1, wherein the base rests on ⟦the ground surface⟧.",
                        "antecedent-basis", Severity.ERROR, Confidence.CERTAIN, 2),
                new Case("an ordinal followed by a word form of the term introduced",
                        "1. A wheel comprising a hub and a first connection component.\n"
                                + "2. The wheel of claim 1, wherein ⟦the second connecting component⟧ is a bolt.",
                        "antecedent-basis", Severity.ERROR, Confidence.LIKELY, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsItAtItsExactSpanWithItsSeverityAndConfidence(Case k) {
        int s = k.marked().indexOf('⟦');
        int e = k.marked().indexOf('⟧') - 1;
        String text = k.marked().replace("⟦", "").replace("⟧", "");
        Report r = ANALYZER.analyze(Document.ofClaims(text));
        List<Finding> atSpan = r.findings().stream()
                .filter(f -> f.part() == Part.CLAIMS && f.start() == s && f.end() == e).toList();
        assertThat(atSpan).as("findings at '%s' in %s", text.substring(s, e), r.findings()).hasSize(1);
        Finding f = atSpan.get(0);
        assertThat(f.rule()).isEqualTo(k.rule());
        assertThat(f.severity()).isEqualTo(k.severity());
        assertThat(f.confidence()).isEqualTo(k.confidence());
        assertThat(f.claim()).isEqualTo(k.claim());
        assertThat(f.message()).contains(text.substring(s, e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsNothingElseAsAnError(Case k) {
        String text = k.marked().replace("⟦", "").replace("⟧", "");
        List<Finding> errors = PlantedDefectsTest.errors(ANALYZER.analyze(Document.ofClaims(text)));
        assertThat(errors).as(text).allSatisfy(f -> assertThat(f.rule()).isEqualTo(k.rule()));
        assertThat(errors).hasSizeLessThanOrEqualTo(1);
    }
}
