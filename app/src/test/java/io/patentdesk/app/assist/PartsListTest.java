package io.patentdesk.app.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartsListTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The hinge 10 comprises a pin 12.                                   | 10=hinge;12=pin
            A locking lever (14) engages the pin (12).                         | 12=pin;14=locking lever
            As shown in FIG. 3, the frame 20 is rigid.                         | 20=frame
            The gap is 5 mm and the frame 20 is 30 cm long.                    | 20=frame
            The first arm 16a and the second arm 16b meet at a joint 16.       | 16=joint;16a=first arm;16b=second arm
            See claim 1 and Table 2; the housing 100 holds the battery 102.    | 100=housing;102=battery
            In 2005, at step 204, the processor 202 reads the memory 206.      | 202=processor;204=step;206=memory
            The sleeve 18' slides over the tube 18.                            | 18=tube;18'=sleeve
            """)
    void numeralsAreFoundWithTheirTermsAndNothingElse(String text, String expected) {
        String got = String.join(";", PartsList.of(text).stream()
                .map(p -> p.numeral() + "=" + p.term()).toList());
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void theMostFrequentTermWinsAndOtherNamesAreReportedAsVariants() {
        List<ReferenceNumeral> parts = PartsList.of(
                "A lever 14 is shown. The lever 14 pivots. The arm 14 is long. The locking lever 14 locks.");
        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.term()).isEqualTo("lever");
            assertThat(p.occurrences()).isEqualTo(4);
            assertThat(p.variants()).containsExactly("arm"); // "locking lever" is a longer name, not a conflict
        });
    }

    @Test
    void theListIsSortedNumericallyAndRendersOneLinePerPart() {
        List<ReferenceNumeral> parts = PartsList.of("the base 100, the cap 12b, the cap 12a, the body 12, the rod 9");
        assertThat(parts).extracting(ReferenceNumeral::numeral).containsExactly("9", "12", "12a", "12b", "100");
        assertThat(PartsList.render(parts)).startsWith("9\trod\n12\tbody\n12a\tcap\n");
    }

    @Test
    void theSameTextAlwaysGivesTheSameList() {
        String text = "The lever 14 and the arm 14 and the pin 12 and the shaft 12.";
        assertThat(PartsList.of(text)).isEqualTo(PartsList.of(text));
        assertThat(PartsList.of(text).get(0).term()).isEqualTo("shaft"); // tie: longer, then alphabetical
    }

    @Test
    void aMattersListCoversItsDescriptionSectionsButNotItsTitle() {
        var m = io.patentdesk.app.matter.Matter.create("x")
                .withSection(io.patentdesk.app.matter.Section.TITLE, "Hinge 2000")
                .withSection(io.patentdesk.app.matter.Section.BRIEF_DESCRIPTION_OF_THE_DRAWINGS, "FIG. 1 shows a hinge 10.")
                .withSection(io.patentdesk.app.matter.Section.DETAILED_DESCRIPTION, "The pin 12 holds the lever 14.");
        assertThat(PartsList.of(m)).extracting(ReferenceNumeral::numeral).containsExactly("10", "12", "14");
    }
}
