package io.patentdesk.app.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummaryDrafterTest {
    @Test
    void aRealMethodClaimIsMirroredWordForWord() {
        assertThat(SummaryDrafter.aspects(RealClaims.METHOD)).containsExactly("In one aspect, a method for "
                + "visualizing a registered image is provided, comprising: " + RealClaims.STEPS.replace("\n", " "));
    }

    @Test
    void eachIndependentClaimOfAFamilyGetsOneAspectInClaimOrder() {
        String claims = String.join("\n", RealClaims.METHOD, RealClaims.MEDIUM, RealClaims.SYSTEM);
        List<String> aspects = SummaryDrafter.aspects(claims);
        assertThat(aspects).hasSize(3);
        assertThat(aspects.get(0)).startsWith("In one aspect, a method for visualizing a registered image is provided");
        // A preamble that holds its own transition is not rephrased, only introduced.
        assertThat(aspects.get(1)).startsWith("In another aspect, there is provided a computer readable medium "
                + "comprising one or more tangible media, wherein");
        assertThat(aspects.get(2)).startsWith("In another aspect, a system is provided, comprising: at least one "
                + "imaging system configured to obtain");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1. A hinge comprising a pin.                                   | In one aspect, a hinge is provided, comprising a pin.
            1. A hinge consisting of a pin and a lever.                    | In one aspect, a hinge is provided, consisting of a pin and a lever.
            1. A method for folding a bicycle, the method comprising: unlocking a lever; and pivoting a frame. | In one aspect, a method for folding a bicycle is provided, comprising: unlocking a lever; and pivoting a frame.
            1. An LED lamp including a heat sink.                           | In one aspect, an LED lamp is provided, including a heat sink.
            1. USB device comprising a plug.                               | In one aspect, USB device is provided, comprising a plug.
            """)
    void independentClaimsTable(String claim, String expected) {
        assertThat(SummaryDrafter.aspects(claim)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2. The hinge of claim 1, wherein the pin is steel.                        | In some embodiments, the pin is steel.
            2. The hinge according to claim 1, further comprising a spring.           | In some embodiments, the hinge further comprises a spring.
            2. The method as recited in claim 1, further including heating the pin.   | In some embodiments, the method further includes heating the pin.
            2. The hinge of any one of claims 1 to 3, wherein the lever is bent.      | In some embodiments, the lever is bent.
            2. The hinge of claim 1, in which the lever is bent.                      | In some embodiments, the lever is bent.
            2. The hinge according to any one of the preceding claims, wherein the lever is bent. | In some embodiments, the lever is bent.
            """)
    void dependentClaimsBecomeEmbodiments(String dependent, String expected) { // reference and transition: ClaimGrammar
        List<String> out = SummaryDrafter.aspectsAndEmbodiments("1. A hinge comprising a pin.\n" + dependent);
        assertThat(out).containsExactly("In one aspect, a hinge is provided, comprising a pin.", expected);
    }

    @Test
    void aDependentClaimWithoutATransitionAfterItsReferenceIsNotRestated() {
        assertThat(SummaryDrafter.aspectsAndEmbodiments("1. A hinge comprising a pin.\n2. The hinge of claim 1 made of steel."))
                .containsExactly("In one aspect, a hinge is provided, comprising a pin.");
    }
}
