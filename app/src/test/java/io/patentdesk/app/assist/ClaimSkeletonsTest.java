package io.patentdesk.app.assist;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.ClaimCategory;
import io.patentdesk.analyzer.ClaimSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimSkeletonsTest {
    @Test
    void aRealMethodClaimYieldsASystemAndAMediumWithTheSameStepsAndPurpose() {
        List<ClaimSkeleton> s = ClaimSkeletons.forAll(RealClaims.METHOD);
        assertThat(s).extracting(ClaimSkeleton::category)
                .containsExactly(ClaimCategory.SYSTEM, ClaimCategory.COMPUTER_READABLE_MEDIUM);
        assertThat(s.get(0).text()).isEqualTo("A system for visualizing a registered image, comprising:\n"
                + "one or more processors; and\n"
                + "memory storing instructions that, when executed by the one or more processors, cause the system "
                + "to perform operations comprising:\n" + RealClaims.STEPS);
        assertThat(s.get(1).text()).isEqualTo("A non-transitory computer-readable medium storing instructions that, "
                + "when executed by one or more processors, cause the one or more processors to perform operations "
                + "for visualizing a registered image, the operations comprising:\n" + RealClaims.STEPS);
        assertThat(s.get(0).from()).isEqualTo(1);
        assertThat(s.get(1).numbered(21)).startsWith("21. A non-transitory");
    }

    @Test
    void aRealMediumClaimWithCodeElementsYieldsTheMethodItsCodePerforms() {
        List<ClaimSkeleton> s = ClaimSkeletons.forAll(RealClaims.MEDIUM);
        assertThat(s).extracting(ClaimSkeleton::category).containsExactly(ClaimCategory.METHOD, ClaimCategory.SYSTEM);
        assertThat(s.get(0).text()).isEqualTo("A method comprising:\n" + RealClaims.STEPS);
    }

    @Test
    void aRealSystemClaimYieldsTheMethodOfItsConfiguredFunctions() {
        List<ClaimSkeleton> s = ClaimSkeletons.forAll(RealClaims.SYSTEM);
        assertThat(s).extracting(ClaimSkeleton::category)
                .containsExactly(ClaimCategory.METHOD, ClaimCategory.COMPUTER_READABLE_MEDIUM);
        assertThat(s.get(0).text()).isEqualTo("A method comprising:\n"
                + RealClaims.STEPS.substring(RealClaims.STEPS.indexOf('\n') + 1));
    }

    @Test
    void aStructuralClaimYieldsOnlyAMethodOfMakingIt() {
        List<ClaimSkeleton> s = ClaimSkeletons.forAll(RealClaims.COMPOSITION);
        assertThat(s).singleElement().satisfies(k -> {
            assertThat(k.category()).isEqualTo(ClaimCategory.METHOD);
            assertThat(k.text()).isEqualTo("A method of making a personal-care composition in the form of a "
                    + "water-in-oil emulsion, the method comprising:\n"
                    + "providing at least about 10% of a non-polar silicone oil;\n"
                    + "providing from about 0.1% to about 10% oxybenzone; and\n"
                    + "providing from about 1% to about 5% avobenzone;\n"
                    + "wherein the weight ratio of oxybenzone to avobenzone is from 1.0 to 1.5.");
        });
    }

    @Test
    void dependentClaimsGetNoSkeletons() {
        assertThat(ClaimSkeletons.forAll("1. A hinge comprising a pin.\n2. The hinge of claim 1, wherein the pin is "
                + "steel.")).hasSize(1);
    }

    @Test
    void everySkeletonParsesBackAsAnIndependentClaimOfItsCategory() {
        for (String claim : List.of(RealClaims.METHOD, RealClaims.MEDIUM, RealClaims.SYSTEM, RealClaims.COMPOSITION)) {
            for (ClaimSkeleton k : ClaimSkeletons.forAll(claim)) {
                var parsed = ClaimSet.parse(k.numbered(30)).claims();
                assertThat(parsed).as(k.text()).singleElement().satisfies(c -> {
                    assertThat(c.isIndependent()).isTrue();
                    assertThat(c.category()).isEqualTo(k.category());
                });
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "receive, receiving", "transmit, transmitting", "determine, determining", "store, storing",
        "display, displaying", "tie, tying", "see, seeing", "map, mapping", "process, processing",
        "adjusting, adjusting", "selectively adjust, selectively adjusting"
    })
    void stepsAreTurnedIntoTheIngForm(String verb, String gerund) {
        assertThat(Gerunds.clause(verb)).isEqualTo(gerund);
    }
}
