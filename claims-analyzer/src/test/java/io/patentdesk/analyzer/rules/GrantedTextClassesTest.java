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
 * Wordings of granted claims that examiners let pass and the checker reported as errors (issue 22: at most 5 error
 * findings per 100 granted claims). Each was seen in the corpus's granted text; each is now a warning to check, or
 * nothing where it is not an antecedent problem at all, while the error beside it stays an error. The span is marked
 * with ⟦ ⟧; a case without a severity must give no finding there.
 */
class GrantedTextClassesTest {

    private static final Analyzer ANALYZER = new Analyzer();

    record Case(String what, String marked, Severity severity, Confidence confidence) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a superlative picks out one thing",
                        "1. A port comprising a cuff and a conduit having an opening which lies adjacent"
                                + " ⟦the closest point⟧ to the cuff.", null, null),
                new Case("a comparison is not a noun phrase",
                        "1. A network comprising slave units, each configured such that ⟦the higher⟧ the priority"
                                + " level, the sooner it transmits.", null, null),
                new Case("a generic name of the claimed subject in a dependent claim",
                        "1. A mobile communications device comprising a radio.\n"
                                + "2. ⟦The system⟧ of claim 1, wherein the radio is a transceiver.",
                        Severity.WARNING, Confidence.LIKELY),
                new Case("a specific other name of the claimed subject stays an error",
                        "1. A light comprising a bulb.\n2. ⟦The lamp⟧ of claim 1, wherein the bulb is red.",
                        Severity.ERROR, Confidence.CERTAIN),
                new Case("a surrounding the claimed thing acts in",
                        "1. A windmill comprising a tower anchored to a base on the bottom of ⟦the sea⟧.",
                        Severity.WARNING, Confidence.LIKELY),
                new Case("an act or quality the claim implies",
                        "1. A sleeve comprising a liner folded without degradation of ⟦the integrity⟧ of its"
                                + " fibres.", Severity.WARNING, Confidence.POSSIBLE),
                new Case("a concrete word in -ion is no abstract noun",
                        "1. A tube comprising a wall, wherein the wall carries ⟦the extension⟧.",
                        Severity.ERROR, Confidence.CERTAIN),
                new Case("a position on something",
                        "1. A box comprising side walls defining a space open at ⟦the top⟧.",
                        Severity.WARNING, Confidence.LIKELY),
                new Case("a term named by the symbol it ends on",
                        "1. A method comprising measuring a relation between ⟦the tension T⟧ and an elongation of"
                                + " a yarn.", Severity.WARNING, Confidence.POSSIBLE),
                new Case("a term named by the chemical name after it",
                        "1. A drug combination comprising a first drug, which is ⟦the HMG-CoA reductase inhibitor⟧"
                                + " (E)-7-[4-(4-fluorophenyl)]heptenoic acid.", Severity.WARNING, Confidence.POSSIBLE),
                new Case("a term named by the sequence after it",
                        "1. An oligonucleotide having ⟦the structure⟧ 5'-TCTGTC-3'.", Severity.WARNING,
                        Confidence.POSSIBLE),
                new Case("a body part the claimed thing acts on",
                        "1. A pouch comprising a panel that conforms to ⟦the genitalia⟧.", Severity.WARNING,
                        Confidence.LIKELY),
                new Case("a shortened form of an introduced term",
                        "1. A cleanser comprising water and an isosorbide glyceryl ether derivative.\n"
                                + "2. The cleanser of claim 1, wherein ⟦the isosorbide glyceryl derivative⟧ is present"
                                + " at 5 wt %.", Severity.WARNING, Confidence.LIKELY),
                new Case("another word form, not a shortened form, stays an error",
                        "1. A wheel comprising a hub and a first connection component.\n"
                                + "2. The wheel of claim 1, wherein ⟦the second connecting component⟧ is a bolt.",
                        Severity.ERROR, Confidence.LIKELY),
                new Case("a term followed by where it is",
                        "1. A laminate comprising atomic layers, wherein ⟦the atoms⟧ within each of the layers are"
                                + " bonded.", Severity.WARNING, Confidence.POSSIBLE),
                new Case("a noun ending in -al before a verb and its object is checked whole",
                        "1. A rig comprising a receiver arranged to receive ⟦the signal⟧ and produce a visible"
                                + " indication.", Severity.ERROR, Confidence.CERTAIN),
                new Case("a superlative in -most",
                        "1. A putter head comprising an anterior region positioned on ⟦the facemost side⟧.",
                        null, null),
                new Case("a person the claimed method deals with",
                        "1. A method comprising accepting offer data from ⟦the seller⟧.", Severity.WARNING,
                        Confidence.LIKELY),
                new Case("the head noun of the claimed subject is not ambiguous",
                        "1. An expandable vertical food cooker, comprising a rotary cooker and rails at a rear of"
                                + " ⟦the cooker⟧.", null, null),
                new Case("a slip of one letter in a term introduced (US07521045B2)",
                        "1. A method comprising administering an antibody and an anti-cancer treatment.\n"
                                + "2. The method of claim 1, wherein said anti-cancer treatment is chemotherapy.\n"
                                + "3. The method of claim 1, wherein ⟦said anit-cancer treatment⟧ is radiation.",
                        Severity.WARNING, Confidence.LIKELY),
                new Case("a word one letter from an introduced one but written often is another word",
                        "1. A kit comprising a mixture, wherein ⟦the fixture⟧ holds the mixture.\n"
                                + "2. The kit of claim 1, wherein the fixture is steel.\n"
                                + "3. The kit of claim 1, wherein the fixture is glass.",
                        Severity.ERROR, Confidence.CERTAIN),
                new Case("one alternative of a word written with a slash (US08089085B2)",
                        "1. An LED assembly comprising an LED die and a lens covering ⟦the LED die/dice⟧.",
                        Severity.WARNING, Confidence.LIKELY),
                new Case("a role after 'as'",
                        "1. A powder comprising particles containing zinc oxide as ⟦the major component⟧.",
                        Severity.WARNING, Confidence.POSSIBLE),
                new Case("an element added with 'as well as' stays an error",
                        "1. A powder comprising particles of zinc oxide as well as ⟦the binder⟧.",
                        Severity.ERROR, Confidence.CERTAIN),
                new Case("'adjacent' picks some of the things introduced (EP1034545B1)",
                        "1. A panel comprising three layers, each layer being connected to ⟦the adjacent layers⟧.",
                        null, null),
                new Case("the product of a step the claim recites (EP1130045B1)",
                        "1. A process comprising polymerizing a monomer solution; heat-drying ⟦the resultant"
                                + " crosslinked hydrogel polymer⟧; and pulverizing it.",
                        Severity.WARNING, Confidence.POSSIBLE),
                new Case("a comparison that picks one pair",
                        "1. A chair comprising two U-shaped frames and a frame connected with ⟦the longer⟧ pair of"
                                + " lateral bars of the frames.", Severity.WARNING, Confidence.POSSIBLE),
                new Case("an extreme value, as a superlative",
                        "1. A method wherein a rate corresponds to ⟦the maximum operating rate⟧.", null, null),
                new Case("a term followed by what it lies opposite (US06837124B2-like)",
                        "1. A cover comprising two flaps converging at a bending point and separated at ⟦the rim⟧"
                                + " opposite said bending point.",
                        Severity.WARNING, Confidence.POSSIBLE),
                new Case("the atom two Markush substituents share",
                        "1. A compound of formula (I), wherein R1 and R2 form, together with ⟦the nitrogen atom⟧ to"
                                + " which they are bonded, a ring.", null, null),
                new Case("the ends of a zoom lens's range",
                        "1. A zoom lens comprising lens groups, wherein Tf is the focal length of the zoom lens at"
                                + " ⟦the telephoto end⟧.", null, null),
                new Case("an irregular participle before a term introduced",
                        "1. A method comprising sending instructions to a chip; and receiving ⟦said sent"
                                + " instructions⟧ at the chip.", null, null),
                new Case("what a recited step gave",
                        "1. A method comprising (a) measuring a level in a sample; and (b) using ⟦the information⟧"
                                + " from step (a) to select a dose.", Severity.WARNING, Confidence.POSSIBLE),
                new Case("the comparison a recited step made",
                        "1. A method comprising comparing a value with a threshold; and updating a cell based on"
                                + " ⟦the comparison⟧.", null, null),
                new Case("a reaction known by a name (US07314891B2)",
                        "1. A process comprising synthesising hydrocarbons from a synthesis gas by ⟦the"
                                + " Fischer-Tropsch reaction⟧.", Severity.WARNING, Confidence.POSSIBLE),
                new Case("a named element stays an error",
                        "1. A meter comprising a magnet and a circuit reading ⟦the Hall sensor⟧.",
                        Severity.ERROR, Confidence.CERTAIN),
                new Case("what may be done (US07156398B1)",
                        "1. A card game comprising winning ⟦the right⟧ to declare trump by bidding.", null, null),
                new Case("a comparative before a noun picks one of two (US07864699B2)",
                        "1. A method wherein when the source node is ⟦the higher version⟧, the method comprises"
                                + " relocating a context.", Severity.WARNING, Confidence.POSSIBLE),
                new Case("a plant patent's claim names parts of its plant (USPP018398P2)",
                        "1. A new and distinct variety of Coleus plant as herein shown and described, characterized"
                                + " by a thin green edge and a yellow center to ⟦the foliage⟧.", null, null),
                new Case("a plant patent's claim in another form (USPP018398P2)",
                        "1. A new, distinct Sedum telephium plant as shown and described, characterized by a thin"
                                + " green edge and chartreuse yellow center to ⟦the foliage⟧.", null, null),
                new Case("an act noun after words that may be dropped (US06982378B2)",
                        "1. A shield comprising layers that function in combination to increase ⟦the overall"
                                + " attenuation⟧ of the shield.", Severity.WARNING, Confidence.POSSIBLE),
                new Case("a term followed by where it is: near",
                        "1. A wing whose edge is convex in ⟦the regions⟧ near the wing tips.",
                        Severity.WARNING, Confidence.POSSIBLE),
                new Case("a term attached thereto (US07862411B2)",
                        "1. A husker receiving a flow of cobs, some of the cobs including ⟦the husks⟧ attached"
                                + " thereto.", Severity.WARNING, Confidence.POSSIBLE),
                new Case("a measure of a material",
                        "1. A structure comprising an elastomeric insert, wherein ⟦the modulus⟧ is low.", Severity.WARNING, Confidence.LIKELY),
                new Case("the user stays an error",
                        "1. A method comprising displaying a page and receiving a selection made by ⟦the user⟧.",
                        Severity.ERROR, Confidence.CERTAIN),
                new Case("one of a list of ordinals before a plural (US9631703)",
                        "1. A transmission comprising: first, second, third and fourth planetary gear sets; and a"
                                + " member interconnecting ⟦the second planetary gear set⟧ with an input.", null, null),
                new Case("an ordinal no list before the plural named",
                        "1. A transmission comprising: first and second planetary gear sets; and a member"
                                + " interconnecting ⟦the third planetary gear set⟧ with an input.",
                        Severity.WARNING, Confidence.LIKELY),
                new Case("a sequence named by its SEQ ID NO",
                        "1. A method comprising providing a polypeptide having ⟦the sequence⟧ set forth in SEQ ID"
                                + " NO: 2.", Severity.WARNING, Confidence.POSSIBLE),
                new Case("a part of the formula a compound claim draws",
                        "1. A compound of the formula I in which R1 is H and ⟦the dashed line⟧ is a double bond.",
                        Severity.WARNING, Confidence.POSSIBLE),
                new Case("a dashed line with no formula stays an error",
                        "1. A sign comprising a panel, wherein ⟦the dashed line⟧ is printed on the panel.",
                        Severity.ERROR, Confidence.CERTAIN),
                new Case("a reference sign written before under another name (EP1132169B1)",
                        "1. A control unit comprising drive means (6) and means (8) for transmitting a movement,"
                                + " ⟦the transmission means⟧ (8) being attached to the drive means (6).",
                        Severity.WARNING, Confidence.LIKELY),
                new Case("a letter sign written before (EP1132442B1)",
                        "1. A composition comprising an epoxy resin (A) and a curing agent (B), the ratio of groups in"
                                + " the curing agent (B) to epoxy groups in ⟦the epoxy-containing resin⟧ (A) being 1.",
                        Severity.WARNING, Confidence.LIKELY),
                new Case("a new reference sign stays an error",
                        "1. A control unit comprising drive means (6) and means (8) for transmitting a movement,"
                                + " ⟦the transmission shaft⟧ (9) being attached to the drive means (6).",
                        Severity.ERROR, Confidence.CERTAIN),
                new Case("a modifier joined to others before their shared noun (EP1117214B1)",
                        "1. A receiver adapted to receive digital data and to demultiplex ⟦the video⟧, audio and"
                                + " associated data of a stream.", Severity.WARNING, Confidence.POSSIBLE),
                new Case("lone modifiers in a list before the noun they share (US20120039856A1)",
                        "1. A method comprising injecting cells into ⟦the right⟧, the left, and the rear parts of an"
                                + " area.", null, null),
                new Case("the side opposite to something",
                        "1. A display comprising a substrate and an electrode situated on ⟦the side⟧ opposite to the"
                                + " substrate.", Severity.WARNING, Confidence.POSSIBLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsItWithItsSeverityOrNotAtAll(Case k) {
        int s = k.marked().indexOf('⟦');
        int e = k.marked().indexOf('⟧') - 1;
        String text = k.marked().replace("⟦", "").replace("⟧", "");
        Report r = ANALYZER.analyze(Document.ofClaims(text));
        List<Finding> atSpan = r.findings().stream()
                .filter(f -> f.part() == Part.CLAIMS && f.start() == s && f.end() == e)
                .filter(f -> f.rule().equals("antecedent-basis")).toList();
        if (k.severity() == null) {
            assertThat(r.findings()).as(text).noneMatch(f -> f.rule().endsWith("antecedent")
                    || f.rule().equals("antecedent-basis") && f.start() < e && f.end() > s);
            return;
        }
        assertThat(atSpan).as("findings at '%s' in %s", text.substring(s, e), r.findings()).hasSize(1);
        assertThat(atSpan.get(0).severity()).isEqualTo(k.severity());
        assertThat(atSpan.get(0).confidence()).isEqualTo(k.confidence());
    }
}
