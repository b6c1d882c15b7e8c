package io.patentdesk.app.assist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Suggested dependents go after the last claim and depend on the claim the caret is in, wherever it is. */
class DependentClaimNumberingTest {
    static final String CLAIMS = """
            1. A lid comprising a cover plate and a vent.

            2. The lid of claim 1, wherein the vent is round.

            3. The lid of claim 1, wherein the cover plate is flat.

            4. The lid of claim 3, wherein the cover plate is steel.

            5. The lid of claim 1, wherein the vent has a flap.

            6. The lid of claim 5, wherein the flap is hinged.

            7. The lid of claim 6, wherein the hinge is a living hinge.

            8. The lid of claim 1, further comprising a seal.""";

    @Test
    void withTheCaretInClaimSixTheDraftIsNumberedAfterClaimEightAndDependsOnClaimSix() {
        // What the model wrote when asked about claim 6: numbered as if the claim were claim 1 (the bug seen).
        String draft = "2. The lid of claim 1, wherein the flap is red.\n3. The lid of claim 2, wherein the flap is thin.";
        int caret = CLAIMS.indexOf("the flap is hinged");
        int parent = CaretClaim.at(CLAIMS, caret).orElseThrow().number();

        String placed = DependentClaimNumbering.renumber(draft, CaretClaim.nextNumber(CLAIMS), parent);

        assertThat(parent).isEqualTo(6);
        assertThat(placed).isEqualTo("9. The lid of claim 6, wherein the flap is red.\n"
                + "10. The lid of claim 9, wherein the flap is thin.");
    }

    @Test
    void aDraftAlreadyPlacedRightIsLeftAsItIs() {
        String draft = "9. The lid of claim 6, wherein the flap is red.\n\n10. The lid of claim 9, wherein the flap is thin.";
        assertThat(DependentClaimNumbering.renumber(draft, 9, 6)).isEqualTo(draft);
    }

    @Test
    void referencesToTheClaimItselfOrALaterOneBecomeTheParentAndLabelsKeepTheirForm() {
        String draft = "Claim 6: The lid of claim 6, wherein the flap is red.\nClaim 7: The lid of any one of claims 6 to 8,"
                + " wherein the flap is thin.";
        assertThat(DependentClaimNumbering.renumber(draft, 9, 6)).isEqualTo("Claim 9: The lid of claim 6, wherein the flap"
                + " is red.\nClaim 10: The lid of claim 6, wherein the flap is thin.");
        assertThat(DependentClaimNumbering.renumber("2. The lid of claim 1.\n3. The lid of claim 1 or 2.", 9, 6))
                .isEqualTo("9. The lid of claim 6.\n10. The lid of claim 6 or 9.");
    }

    @Test
    void textWithoutClaimsIsUnchanged() {
        assertThat(DependentClaimNumbering.renumber("", 9, 6)).isEmpty();
        assertThat(DependentClaimNumbering.renumber("   \n", 9, 6)).isEqualTo("   \n");
    }

    @Test
    void theCaretClaimFollowsTheParserWhereverTheCaretIs() {
        assertThat(CaretClaim.at(CLAIMS, 0).orElseThrow().number()).isEqualTo(1);
        assertThat(CaretClaim.at(CLAIMS, CLAIMS.indexOf("8.")).orElseThrow().number()).isEqualTo(8);
        assertThat(CaretClaim.at(CLAIMS, CLAIMS.length()).orElseThrow().number()).isEqualTo(8);
        // In the blank line after claim 4: still claim 4.
        assertThat(CaretClaim.at(CLAIMS, CLAIMS.indexOf("\n\n5.") + 1).orElseThrow().number()).isEqualTo(4);
        assertThat(CaretClaim.at("no claims here", 3)).isEmpty();
        assertThat(CaretClaim.nextNumber(CLAIMS)).isEqualTo(9);
        assertThat(CaretClaim.nextNumber("")).isEqualTo(1);
    }
}
