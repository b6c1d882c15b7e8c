package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClaimRenumberingTest {
    static final String CLAIMS = """
            1. A device comprising a housing and a lever.

            2. The device of claim 1, wherein the housing is steel.

            3. The device of claim 2, wherein the steel is coated.

            4. The device of any of claims 1 to 3, wherein the lever is curved.

            5. A method of making the device of claim 1, comprising casting the housing.
            """;

    @Test
    void deletingADependentClaimRenumbersAndRepointsItsDependentsToItsParent() {
        ClaimRenumbering.Result r = ClaimRenumbering.delete(CLAIMS, 2);
        assertThat(r.text()).isEqualTo("""
                1. A device comprising a housing and a lever.

                2. The device of claim 1, wherein the steel is coated.

                3. The device of any of claims 1 to 2, wherein the lever is curved.

                4. A method of making the device of claim 1, comprising casting the housing.
                """);
        assertThat(r.notes()).singleElement().asString().contains("Claim 2 now refers to claim 1 instead of deleted claim 2");
        assertThat(r.text().substring(r.focus())).startsWith("2. The device of claim 1, wherein the steel");
    }

    @Test
    void anIndependentClaimOthersReferToIsNotDeleted() {
        assertThatThrownBy(() -> ClaimRenumbering.delete(CLAIMS, 1)).isInstanceOf(ClaimEditException.class)
                .hasMessage("Claim 1 cannot be deleted while claims 2, 4, 5 refer to it: delete or rewrite them first.");
    }

    @Test
    void movingAClaimSwapsItsNumberAndEveryReference() {
        String text = "1. A pump.\n2. The pump of claim 1, being red.\n3. The pump of claim 1, being blue.\n4. The pump of claim 3 or claim 2, being large.\n";
        ClaimRenumbering.Result r = ClaimRenumbering.move(text, 3, -1);
        assertThat(r.text()).isEqualTo("1. A pump.\n2. The pump of claim 1, being blue.\n3. The pump of claim 1, being red.\n4. The pump of claim 2 or claim 3, being large.\n");
        assertThat(r.text().substring(r.focus())).startsWith("2. The pump of claim 1, being blue.");
        assertThat(ClaimRenumbering.move(r.text(), 2, 1).text()).isEqualTo(text.replace("claim 3 or claim 2", "claim 3 or claim 2"));
    }

    @Test
    void aDependentClaimDoesNotGoAboveTheClaimItRefersTo() {
        assertThatThrownBy(() -> ClaimRenumbering.move(CLAIMS, 3, -1)).isInstanceOf(ClaimEditException.class)
                .hasMessage("Claim 3 refers to claim 2, so it cannot go above it.");
        assertThatThrownBy(() -> ClaimRenumbering.move(CLAIMS, 2, 1)).hasMessage("Claim 3 refers to claim 2, so it cannot go above it.");
        // Claim 4 names claims 1 to 3: claim 2 lies inside the range.
        assertThatThrownBy(() -> ClaimRenumbering.move(CLAIMS, 4, -1)).hasMessage("Claim 4 refers to claim 3, so it cannot go above it.");
        assertThatThrownBy(() -> ClaimRenumbering.move(CLAIMS, 1, -1)).hasMessage("Claim 1 is already the first claim.");
        assertThatThrownBy(() -> ClaimRenumbering.move(CLAIMS, 5, 1)).hasMessage("Claim 5 is already the last claim.");
    }

    @Test
    void insertingAfterAClaimNumbersTheRestOnAndPutsTheCaretAtItsEnd() {
        ClaimRenumbering.Result r = ClaimRenumbering.insertAfter(CLAIMS, 2, "The device of claim 2, wherein the lever is short.");
        assertThat(r.text()).isEqualTo("""
                1. A device comprising a housing and a lever.

                2. The device of claim 1, wherein the housing is steel.

                3. The device of claim 2, wherein the lever is short.

                4. The device of claim 2, wherein the steel is coated.

                5. The device of any of claims 1 to 4, wherein the lever is curved.

                6. A method of making the device of claim 1, comprising casting the housing.
                """);
        assertThat(r.text().substring(0, r.focus())).endsWith("the lever is short.");
        // The new claim lands inside claim 5's range: the range now names it too, and the user is told.
        assertThat(r.notes()).containsExactly("Claim 5: the range \u201c1 to 3\u201d now spans claims 1 to 4, which include claims it did not name: check it.");
        assertThat(ClaimRenumbering.insertAfter(CLAIMS, 5, "A kit comprising the device of claim 4.").notes()).isEmpty();
    }

    @Test
    void rangesWithHyphensAndGappyNumbersAreRenumbered() {
        String text = "1. A cup.\n3. The cup of claim 1, tall.\n7. The cup of claims 1-3, blue.\n";
        assertThat(ClaimRenumbering.renumber(text).text()).isEqualTo("1. A cup.\n2. The cup of claim 1, tall.\n3. The cup of claims 1-2, blue.\n");
    }

    @Test
    void claimsWithStatusIdentifiersKeepTheirNumbers() {
        String text = "1. (Original) A cup.\n2. (Currently amended) The cup of claim 1, tall.\n";
        assertThatThrownBy(() -> ClaimRenumbering.delete(text, 1)).isInstanceOf(ClaimEditException.class)
                .hasMessageContaining("37 CFR 1.126");
    }

    @Test
    void aMissingClaimIsNamed() {
        assertThatThrownBy(() -> ClaimRenumbering.delete(CLAIMS, 9)).hasMessage("There is no claim 9.");
    }

    @Test
    void chineseReferencesAreRenumberedToo() {
        String text = "1. 一种杯子，包括杯身。\n2. 根据权利要求1所述的杯子，其特征在于，杯身为蓝色。\n3. 根据权利要求2所述的杯子，其特征在于，杯身较高。\n";
        String out = ClaimRenumbering.delete(text, 2).text();
        assertThat(out).isEqualTo("1. 一种杯子，包括杯身。\n2. 根据权利要求1所述的杯子，其特征在于，杯身较高。\n");
    }
}
