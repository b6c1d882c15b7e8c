package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.EntitySize;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.OfficeChoice;
import io.patentdesk.app.matter.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The version comparison shows the matter's particulars (docket, office, entity size) next to its text. */
class MatterDiffTest {
    private final Matter base = Matter.create("Lamp").withClaims("1. A lamp comprising a bulb.\n2. The lamp of claim 1.")
            .withSection(Section.ABSTRACT, "A lamp.");

    /** The heading line the change sits under, as the unified view shows it. */
    private static String partOf(Matter older, MatterDiff.Change c) {
        List<String> lines = MatterDiff.lines(older);
        for (int i = c.olderLine() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("## ")) {
                return lines.get(i);
            }
        }
        throw new AssertionError("no part heading above line " + c.olderLine());
    }

    @Test
    void aChangeOfOfficeIsOneChangeUnderTheOfficeHeading() {
        Matter epo = base.withOffice(OfficeChoice.EPO, EntitySize.LARGE);
        MatterDiff d = MatterDiff.between(base, epo);
        assertThat(d.isEmpty()).isFalse();
        assertThat(d.changes()).hasSize(1);
        MatterDiff.Change c = d.changes().get(0);
        assertThat(partOf(base, c)).isEqualTo("## Office");
        assertThat(c.removed()).containsExactly("Automatic (from the text)");
        assertThat(c.added()).containsExactly("EPO");
        assertThat(d.unified("before", "after", 0)).contains("-Automatic (from the text)").contains("+EPO");
    }

    @Test
    void aChangeOfEntitySizeIsOneChangeUnderItsHeading() {
        Matter large = base.withOffice(OfficeChoice.USPTO, EntitySize.LARGE);
        Matter micro = base.withOffice(OfficeChoice.USPTO, EntitySize.MICRO);
        MatterDiff d = MatterDiff.between(large, micro);
        assertThat(d.changes()).hasSize(1);
        assertThat(partOf(large, d.changes().get(0))).isEqualTo("## USPTO entity size");
        assertThat(d.changes().get(0).removed()).containsExactly("Large");
        assertThat(d.changes().get(0).added()).containsExactly("Micro");
    }

    @Test
    void aDocketNumberGivenOrChangedShowsUnderTheDocketHeading() {
        Matter given = base.withDocket("ACME-0042US");
        MatterDiff first = MatterDiff.between(base, given);
        assertThat(first.changes()).singleElement().satisfies(c -> {
            assertThat(partOf(base, c)).isEqualTo("## Docket number");
            assertThat(c.removed()).containsExactly("(none)");
            assertThat(c.added()).containsExactly("ACME-0042US");
        });
        MatterDiff second = MatterDiff.between(given, given.withDocket("ACME-0042US-CON"));
        assertThat(second.changes()).singleElement().satisfies(c -> {
            assertThat(c.removed()).containsExactly("ACME-0042US");
            assertThat(c.added()).containsExactly("ACME-0042US-CON");
        });
    }

    @Test
    void particularsAndTextChangedTogetherAreEachShownAndTheClaimLinesAreAsBefore() {
        Matter after = base.withDocket("D-1").withOffice(OfficeChoice.USPTO, EntitySize.SMALL)
                .withClaims("1. A lamp comprising an LED.\n2. The lamp of claim 1.")
                .withSection(Section.ABSTRACT, "An LED lamp.");
        MatterDiff d = MatterDiff.between(base, after);
        assertThat(d.changes()).extracting(c -> partOf(base, c)).containsExactly("## Docket number", "## Office",
                "## USPTO entity size", "## Claims", "## " + Section.ABSTRACT.displayName());
        MatterDiff.Change claim = d.changes().get(3);
        assertThat(claim.removed()).containsExactly("1. A lamp comprising a bulb.");
        assertThat(claim.added()).containsExactly("1. A lamp comprising an LED.");
        assertThat(d.changes().get(4).added()).containsExactly("An LED lamp.");
    }

    @Test
    void versionsThatDifferOnlyInTimestampsHaveNoChanges() {
        Matter m = base.withDocket("D-1").withOffice(OfficeChoice.CNIPA, EntitySize.SMALL);
        assertThat(MatterDiff.between(m, m.withTitle("Lamp")).isEmpty()).isTrue();
    }
}
