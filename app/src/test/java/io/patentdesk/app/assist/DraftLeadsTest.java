package io.patentdesk.app.assist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftLeadsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1. An electronic key system comprising: an in-vehicle device; and a mobile unit.                  | 2. The electronic key system of claim 1, wherein
            1. A method for controlling an ice maker, the method comprising: cooling a tray.                  | 2. The method of claim 1, wherein
            1. A method of controlling an ice maker, comprising: cooling a tray.                              | 2. The method of claim 1, wherein
            1. A device that comprises a lever.                                                               | 2. The device of claim 1, wherein
            1. An apparatus according to the invention, comprising: a frame.                                  | 2. The apparatus of claim 1, wherein
            1. A computer-implemented method performed by one or more processors, comprising: counting.       | 2. The computer-implemented method of claim 1, wherein
            1. A container for a liquid, the liquid comprising water.                                         | 2. The container of claim 1, wherein
            1. One or more computer-readable media storing instructions that, when run, comprise counting.    | 2. The one or more computer-readable media of claim 1, wherein
            1. A bolt 10 comprising a head 12.                                                                | 2. The bolt of claim 1, wherein
            1. A system for visualizing an image, comprising: a processor.                                    | 2. The system of claim 1, wherein
            5. An image forming device including an image forming element.                                    | 6. The image forming device of claim 5, wherein
            1. A surface acoustic wave element, comprising: a piezoelectric substrate.                         | 2. The surface acoustic wave element of claim 1, wherein
            1. A LED lamp comprising a housing.                                                               | 2. The LED lamp of claim 1, wherein
            1. A drinking lid (10) for a beverage container, the lid comprising: a cover plate (12).          | 2. The drinking lid of claim 1, wherein
            1. A valve (20, 22a) comprising a seat.                                                           | 2. The valve of claim 1, wherein
            1. A composition comprising a polyester, wherein the polyester comprises: glycol groups.         | 2. The composition of claim 1, wherein
            """)
    void theFirstDependentNamesItsParentByTheParentsOwnSubject(String claim, String lead) {
        assertThat(DraftLeads.dependentOf(claim)).contains(lead);
    }

    @org.junit.jupiter.api.Test
    void aDependentIsNumberedAfterTheLastClaimAndANonBreakingSpaceIsASpace() {
        String claims = "1. An\u00a0electronic key system comprising: a unit.\n\n2. The electronic key system of claim 1.\n\n"
                + "11. The electronic key system of claim 2.";
        assertThat(DraftLeads.nextClaimNumber(claims)).isEqualTo(12);
        assertThat(DraftLeads.nextClaimNumber("")).isEqualTo(1);
        assertThat(DraftLeads.dependentOf("1. An\u00a0electronic key system comprising: a unit.", 12))
                .contains("12. The electronic key system of claim 1, wherein");
    }

    @org.junit.jupiter.api.Test
    void furtherDependentsBeginLikeTheFirstNumberedOnAndReferringBack() {
        String claim = "1. A drinking lid (10) for a beverage container, the lid comprising: a cover plate (12).";
        io.patentdesk.inference.aids.LineLeads leads = DraftLeads.dependentLinesOf(claim).orElseThrow();
        assertThat(leads).isEqualTo(io.patentdesk.inference.aids.LineLeads.dependentClaims("drinking lid", 2, 1));
        assertThat(leads.template()).isEqualTo("{n}. The drinking lid of claim {ref}, wherein");
        assertThat(DraftLeads.dependentLinesOf("5. A valve comprising a seat.", 12).orElseThrow())
                .isEqualTo(io.patentdesk.inference.aids.LineLeads.dependentClaims("valve", 12, 5));
        assertThat(DraftLeads.dependentLinesOf("3. The system of claim 1, wherein the vent is round.")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3. The system of claim 1, wherein the vent is round.
            1. The ornamental design for a bicycle wheel, as shown and described.
            1. A multi-layer heat-resistant flexible printed circuit board laminate substrate assembly unit comprising a layer.
            not a claim at all
            """)
    void noLeadWhenThereIsNoClearSubject(String claim) {
        assertThat(DraftLeads.dependentOf(claim)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1. An electronic key system comprising: an in-vehicle device.                    | An electronic key system
            1. A method for controlling an ice maker, the method comprising: cooling a tray. | A method for controlling an ice maker
            1. a surface acoustic wave element, comprising: a piezoelectric substrate.       | A surface acoustic wave element
            """)
    void anAbstractOpensWithClaimOnesPreamble(String claims, String lead) {
        assertThat(DraftLeads.abstractOf(claims)).contains(lead);
        assertThat(DraftLeads.abstractOf(claims + "\n\n2. The thing of claim 1, wherein it is red.")).contains(lead);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1. One or more computer-readable media storing instructions that cause a processor to count.
            1. One or more computer-readable media storing instructions that, when run, comprise counting.
            1. The device of the invention comprising a lever.
            1. The ornamental design for a bicycle wheel, as shown and described.
            """)
    void noAbstractLeadWithoutAPlainOpening(String claims) {
        assertThat(DraftLeads.abstractOf(claims)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A surface acoustic wave element includes a piezoelectric substrate and an IDT.        | 1. A surface acoustic wave element comprising:
            An image forming element is disclosed which is easy to manufacture.                   | 1. An image forming element comprising:
            A handcuff key that is partially enclosed in a grip housing.                          | 1. A handcuff key comprising:
            The present invention relates to an ice maker having a fan assembly.                  | 1. An ice maker comprising:
            A metering subassembly for use with a modular EGR valve 40 includes a chamber.        | 1. A metering subassembly for use with a modular EGR valve comprising:
            A bolt 10 has a head 12.                                                              | 1. A bolt comprising:
            A beverage can that holds a liquid is disclosed.                                      | 1. A beverage can comprising:
            """)
    void claimOneOpensWithTheAbstractsSubject(String abstractText, String lead) {
        assertThat(DraftLeads.claimFromAbstract(abstractText)).contains(lead);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            When a vehicle door locking operation is conducted, an in-vehicle device checks the compartment.
            Methods and systems for proximity based communication between users are described.
            A system and method for controlling a vehicle are provided.
            """)
    void noClaimLeadWithoutASubjectUpFront(String abstractText) {
        assertThat(DraftLeads.claimFromAbstract(abstractText)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1. The ornamental design for a pet grooming tool, as shown and described.              | Pet grooming tool
            The ornamental design for an automobile interior, as shown.                            | Automobile interior
            1. The ornamental design for a vehicle mirror cover substantially as shown.            | Vehicle mirror cover
            1. The ornamental design for a light emitting diode (LED), as shown and described.     | Light emitting diode (LED)
            1. A plasma display panel comprising: a front plate; and a back plate.                 | Plasma display panel
            1. An image forming device including an image forming element.                         | Image forming device
            1. A method for controlling an ice maker, the method comprising: cooling a tray.       | Method
            1. One or more computer-readable media storing instructions that, when run, comprise counting. | One or more computer-readable media
            1. A LED lamp comprising a housing.                                                    | LED lamp
            1. A drinking lid (10) for a beverage container, the lid comprising: a cover plate (12). | Drinking lid
            1. A valve (20A, 20B) comprising a seat.                                               | Valve
            1. A Si(100) wafer comprising a layer.                                                 | Si(100) wafer
            The ornamental design for a chair as illustrated and described.                        | Chair
            1. An ornamental design for a bottle comprising a neck.                                | Bottle
            1. An iPhone case comprising a shell.                                                  | iPhone case
            """)
    void aTitleOpensWithTheDesignsArticleOrClaimOnesName(String claims, String lead) {
        assertThat(DraftLeads.titleOf(claims)).contains(lead);
        assertThat(DraftLeads.titleOf(claims + "\n\n2. The thing of claim 1, wherein it is red.")).contains(lead);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1. an upper spring seat surface, a lower seat surface, and holding means.
            1. receiving, by a processor, a first sensor signal; and detecting a tire change.
            1. The device of the invention comprising a lever.
            3. The system of claim 1, wherein the vent is round.
            not a claim at all
            """)
    void noTitleLeadWithoutANamedClaimOne(String claims) {
        assertThat(DraftLeads.titleOf(claims)).isEmpty();
    }
}
