package io.patentdesk.app.amend;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.analyzer.ClaimStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The claim listing of a response (37 CFR 1.121(c)): statuses, markup, grouping, and what the analyzer reads back. */
class ClaimListingTest {

    private static final String FILED = """
            1. A bicycle hub comprising: an axle; a hub shell rotatable about the axle; and a plurality of pawls \
            mounted to the hub shell.
            2. The bicycle hub of claim 1, wherein the pawls are spring-biased.
            3. The bicycle hub of claim 1, wherein the hub shell is made of aluminium.
            4. The bicycle hub of claim 3, wherein the axle is hollow.
            5. The bicycle hub of claim 1, further comprising a ratchet ring engaging the pawls.
            """;

    private static final String AMENDED = """
            1. A bicycle hub comprising: an axle; a hub shell rotatable about the axle; a ratchet ring; and a plurality \
            of pawls mounted to the hub shell and engaging the ratchet ring.
            2. The bicycle hub of claim 1, wherein the pawls are spring-biased.
            4. The bicycle hub of claim 1, wherein the axle is hollow.
            6. The bicycle hub of claim 1, wherein the ratchet ring has 36 teeth.
            """;

    @Test
    void aFirstResponseListsEveryClaimWithItsStatus() {
        ClaimListing listing = ClaimListing.between(FILED, AMENDED);
        assertThat(listing.claims()).extracting(ListedClaim::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(listing.claims()).extracting(ListedClaim::status).containsExactly(ClaimStatus.CURRENTLY_AMENDED,
                ClaimStatus.ORIGINAL, ClaimStatus.CANCELED, ClaimStatus.CURRENTLY_AMENDED, ClaimStatus.CANCELED,
                ClaimStatus.NEW);
        assertThat(WordDiffTest.marked(listing.claims().get(0).text())).isEqualTo(
                "A bicycle hub comprising: an axle; a hub shell rotatable about the axle; <u>a ratchet ring; </u>and a "
                        + "plurality of pawls mounted to the hub shell<u> and engaging the ratchet ring</u>.");
        assertThat(WordDiffTest.marked(listing.claims().get(3).text()))
                .isEqualTo("The bicycle hub of claim [[3]]<u>1</u>, wherein the axle is hollow.");
        assertThat(listing.claims().get(2).text()).as("canceled claims carry no text").isEmpty();
        assertThat(listing.claims().get(5).text()).as("a new claim is not underlined")
                .extracting(Piece::kind).containsOnly(Piece.Kind.SAME);
        assertThat(listing.notes()).isEmpty();
    }

    @Test
    void theTextListingReadsBackThroughTheAnalyzersParser() {
        ClaimListing listing = ClaimListing.between(FILED, AMENDED);
        String text = ClaimListingText.render(listing);
        assertThat(text).startsWith("Amendments to the Claims:\n\nThis listing of claims will replace all prior "
                + "versions, and listings, of claims in the application.\n\nListing of Claims:\n\n");
        assertThat(text).contains("3. (Canceled)\n").contains("5. (Canceled)\n")
                .contains("2. (Original) The bicycle hub of claim 1, wherein the pawls are spring-biased.")
                .contains("6. (New) The bicycle hub of claim 1, wherein the ratchet ring has 36 teeth.");
        ClaimSet read = ClaimSet.parse(text);
        assertThat(read.unnumberedLeader()).isNull();
        assertThat(read.claims()).extracting(Claim::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(read.claims()).extracting(Claim::status)
                .containsExactlyElementsOf(listing.claims().stream().map(ListedClaim::status).toList());
    }

    @Test
    void consecutiveCanceledClaimsShareOneEntry() {
        String older = "1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is red.\n"
                + "3. The lamp of claim 1, wherein the bulb is round.\n4. The lamp of claim 1, wherein the bulb is small.\n"
                + "5. The lamp of claim 1, wherein the bulb is cold.";
        String newer = "1. A lamp comprising a bulb.\n5. The lamp of claim 1, wherein the bulb is cold.";
        ClaimListing listing = ClaimListing.between(older, newer);
        assertThat(listing.entries()).extracting(ClaimListing.Entry::label).containsExactly("1.", "2-4.", "5.");
        String text = ClaimListingText.render(listing);
        assertThat(text).contains("\n2-4. (Canceled)\n");
        assertThat(ClaimSet.parse(text).claims()).filteredOn(Claim::isCanceled).extracting(Claim::number)
                .containsExactly(2, 3, 4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // older claim 2 as written                                   | newer claim 2 as written                              | status               | text shown
        "The lamp of claim 1, wherein the bulb is red.                 | The lamp of claim 1, wherein the bulb is red.          | ORIGINAL             | The lamp of claim 1, wherein the bulb is red.",
        "(Original) The lamp of claim 1, wherein the bulb is red.      | The lamp of claim 1, wherein the bulb is red.          | ORIGINAL             | The lamp of claim 1, wherein the bulb is red.",
        "(Currently amended) The lamp of claim 1, wherein the bulb is red. | The lamp of claim 1, wherein the bulb is red.      | PREVIOUSLY_PRESENTED | The lamp of claim 1, wherein the bulb is red.",
        "(New) The lamp of claim 1, wherein the bulb is red.           | The lamp of claim 1, wherein the bulb is red.          | PREVIOUSLY_PRESENTED | The lamp of claim 1, wherein the bulb is red.",
        "(Previously presented) The lamp of claim 1, wherein the bulb is red. | The lamp of claim 1, wherein the bulb is deep red. | CURRENTLY_AMENDED | The lamp of claim 1, wherein the bulb is <u>deep </u>red.",
        "(Withdrawn) The lamp of claim 1, wherein the bulb is red.     | The lamp of claim 1, wherein the bulb is red.          | WITHDRAWN            | The lamp of claim 1, wherein the bulb is red.",
        "The lamp of claim 1, wherein the bulb is red.                 | (Withdrawn) The lamp of claim 1, wherein the bulb is red. | WITHDRAWN         | The lamp of claim 1, wherein the bulb is red.",
        "(Withdrawn) The lamp of claim 1, wherein the bulb is red.     | The lamp of claim 1, wherein the bulb is blue.         | WITHDRAWN_CURRENTLY_AMENDED | The lamp of claim 1, wherein the bulb is [[red]]<u>blue</u>.",
        "The lamp of claim 1, wherein the bulb is red.                 | (Canceled)                                             | CANCELED             | ''",
        "The lamp of claim 1, wherein the bulb is red.                 | (Not entered) The lamp of claim 1, wherein it is blue. | NOT_ENTERED          | ''",
        "The lamp of claim 1,\\nwherein  the bulb is red.              | The lamp of claim 1, wherein the bulb is red.          | ORIGINAL             | The lamp of claim 1, wherein the bulb is red.",
        "The lamp of claim 1, wherein the bulb is red.                 | The lamp of claim 1, wherein the bulb emits red light. | CURRENTLY_AMENDED    | The lamp of claim 1, wherein the bulb [[is]]<u>emits</u> red<u> light</u>.",
    })
    void statusFollowsWhatChangedAndWhatTheOlderVersionSaid(String older, String newer, ClaimStatus status,
            String shown) {
        ClaimListing listing = ClaimListing.between("1. A lamp comprising a bulb.\n2. " + older.replace("\\n", "\n"),
                "1. A lamp comprising a bulb.\n2. " + newer);
        ListedClaim two = listing.claims().get(1);
        assertThat(two.status()).isEqualTo(status);
        assertThat(WordDiffTest.marked(two.text())).isEqualTo(shown);
    }

    @Test
    void aCanceledNumberUsedAgainIsNewAndNoted() {
        ClaimListing listing = ClaimListing.between("1. A lamp comprising a bulb.\n2. (Canceled)",
                "1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is red.");
        assertThat(listing.claims().get(1).status()).isEqualTo(ClaimStatus.NEW);
        assertThat(listing.notes()).singleElement().asString().contains("37 CFR 1.126");
    }

    @Test
    void anEarlierListingsCanceledClaimStaysCanceled() {
        String earlier = "1. (Currently amended) A lamp comprising a bulb.\n2-3. (Canceled)\n"
                + "4. (New) The lamp of claim 1, wherein the bulb is red.";
        String now = "1. A lamp comprising a bulb.\n4. The lamp of claim 1, wherein the bulb is red and round.";
        ClaimListing listing = ClaimListing.between(earlier, now);
        assertThat(listing.claims()).extracting(ListedClaim::status).containsExactly(ClaimStatus.PREVIOUSLY_PRESENTED,
                ClaimStatus.CANCELED, ClaimStatus.CANCELED, ClaimStatus.CURRENTLY_AMENDED);
        assertThat(listing.claims().get(3).amendedText()).isEqualTo(
                "The lamp of claim 1, wherein the bulb is red and round.");
    }

    @Test
    void duplicateNumbersAreNoted() {
        ClaimListing listing = ClaimListing.between("1. A lamp.\n2. The lamp of claim 1.",
                "1. A lamp.\n2. The lamp of claim 1.\n2. The lamp of claim 1, being red.");
        assertThat(listing.notes()).containsExactly("The newer version numbers two claims 2; the listing uses the first.");
        assertThat(listing.claims()).extracting(ListedClaim::status)
                .isEqualTo(List.of(ClaimStatus.ORIGINAL, ClaimStatus.ORIGINAL));
    }
}
