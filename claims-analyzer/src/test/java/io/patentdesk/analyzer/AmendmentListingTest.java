package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Claim listings of amendments (37 CFR 1.121(c)) and reissues (37 CFR 1.173): status identifiers, canceled claims and
 * ranges, deletion markup. The listings in {@code formats/} are written the way USPTO responses are; read as the
 * amended claims they are, they hold no error.
 */
class AmendmentListingTest {

    private static final Analyzer ANALYZER = new Analyzer();

    static String resource(String name) throws IOException {
        try (InputStream in = AmendmentListingTest.class.getResourceAsStream("formats/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "amendment-bicycle-hub.txt    | 10 | 3,4,5,9",
        "amendment-software.txt       | 21 | 2,3,4,10,11,12,13,14,15,16,17,18,19",
        "amendment-chemistry.txt      | 21 | 4,5,6,9,12,13,14,15,16,17,18,19,20",
        "amendment-uspto-spacing.txt  | 24 | 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,19,20,21,22",
        "amendment-restriction.txt    | 13 | 5,7,10,11,12",
        "reissue.txt                  | 5  | 2",
    })
    void aRealisticListingReadsAsTheAmendedClaimsWithoutAnyError(String file, int last, String canceled)
            throws IOException {
        String text = resource(file);
        Report r = ANALYZER.analyze(text);
        assertThat(r.findings()).as(file).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(r.findingsOf("input-quality")).as("amendment markup is no damage").isEmpty();
        assertThat(r.claims().claims()).extracting(Claim::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, last).boxed().toList());
        List<Integer> expected = Arrays.stream(canceled.split(",")).map(Integer::valueOf).toList();
        assertThat(r.claims().claims()).filteredOn(Claim::isCanceled).extracting(Claim::number)
                .containsExactlyElementsOf(expected);
        assertThat(r.fees().totalClaims()).isEqualTo(last - expected.size());
        for (Claim c : r.claims().claims()) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
            assertThat(c.analysisText()).hasSameSizeAs(c.text());
        }
    }

    @Test
    void theListingsFailedBeforeForTheReasonsTheyNowPass() throws IOException {
        // What the markup would cause if read as claim text: the same listing with its markup taken literally.
        String hub = resource("amendment-bicycle-hub.txt");
        Claim six = ANALYZER.parseClaims(Document.ofClaims(hub)).get(6).orElseThrow();
        assertThat(six.references()).containsExactly(2); // "claim [[3]] 2" is claim 2 as amended
        assertThat(six.text()).contains("[[3]]");
        assertThat(six.analysisText()).doesNotContain("[[").doesNotContain("3]]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(Currently Amended)                     | CURRENTLY_AMENDED",
        "(currently amended)                     | CURRENTLY_AMENDED",
        "(Currently amended).                    | CURRENTLY_AMENDED",
        "(Presently Amended):                    | CURRENTLY_AMENDED",
        "(Previously Presented)                  | PREVIOUSLY_PRESENTED",
        "(previously presented)                  | PREVIOUSLY_PRESENTED",
        "(New)                                   | NEW",
        "(Newly Added)                           | NEW",
        "(Original)                              | ORIGINAL",
        "(Withdrawn)                             | WITHDRAWN",
        "(Withdrawn - Previously Presented)      | WITHDRAWN",
        "(Withdrawn – Currently Amended)         | WITHDRAWN_CURRENTLY_AMENDED",
        "(Withdrawn-Currently Amended)           | WITHDRAWN_CURRENTLY_AMENDED",
        "(Not Entered)                           | NOT_ENTERED",
        "( CURRENTLY AMENDED )                   | CURRENTLY_AMENDED",
        "(Currently Amended.)                    | CURRENTLY_AMENDED",
    })
    void readsEveryCommonWritingOfAStatusIdentifier(String identifier, ClaimStatus status) {
        String text = "1. A lamp comprising a bulb.\n2. " + identifier + " The lamp of claim 1, wherein the bulb is red.";
        ClaimSet set = ClaimSet.parse(text);
        Claim two = set.get(2).orElseThrow();
        assertThat(two.status()).isEqualTo(status);
        assertThat(two.content()).startsWith("The lamp");
        assertThat(two.references()).containsExactly(1);
        assertThat(ANALYZER.analyze(text).findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2. (Canceled)",
        "2. (Cancelled)",
        "2. (canceled).",
        "2. (Canceled without prejudice or disclaimer)",
        "2 . (canceled)",
        "Claim 2 (Canceled)",
        "2. (Canceled) The lamp of claim 1, wherein the bulb is red.",
    })
    void aCanceledClaimKeepsItsNumberAndIsNotChecked(String line) {
        String text = "1. A lamp comprising a bulb.\n" + line + "\n3. The lamp of claim 1, wherein the bulb is blue.";
        Report r = ANALYZER.analyze(text);
        assertThat(r.claims().claims()).extracting(Claim::number).containsExactly(1, 2, 3);
        assertThat(r.claims().get(2).orElseThrow().isCanceled()).isTrue();
        assertThat(r.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(r.fees().totalClaims()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3-5. (Canceled)                   | 3 | 5",
        "3.-5. (Canceled)                  | 3 | 5",
        "3 - 5 . (canceled)                | 3 | 5",
        "3 .- 5 . (canceled)               | 3 | 5",
        "3 - 5 (canceled)                  | 3 | 5",
        "3 - 5 : (canceled)                | 3 | 5",
        "3–5. (Cancelled)                  | 3 | 5",
        "3 to 5. (Canceled)                | 3 | 5",
        "Claims 3-5 (Canceled)             | 3 | 5",
        "Claims 3-5. (Cancelled)           | 3 | 5",
    })
    void aRangeOfCanceledClaimsKeepsEveryNumber(String line, int from, int to) {
        String text = "1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is red.\n" + line
                + "\n6. The lamp of claim 2, wherein the bulb is round.";
        Report r = ANALYZER.analyze(text);
        assertThat(r.claims().claims()).extracting(Claim::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(r.claims().claims()).filteredOn(Claim::isCanceled).extracting(Claim::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(from, to).boxed().toList());
        assertThat(r.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        Claim three = r.claims().get(3).orElseThrow();
        assertThat(text.substring(three.start(), three.end())).isEqualTo(line.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a range is a label only with its status identifier after it
        "1. A filter comprising a mesh having openings of\n10-20. micrometers and a frame.",
        "1. A filter comprising a mesh of\n10 - 20 (about) micrometers and a frame.",
    })
    void numbersAtALineStartWithoutAStatusStayInTheClaim(String text) {
        ClaimSet set = ClaimSet.parse(text.replace("\\n", "\n"));
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1);
    }

    @Test
    void aClaimDependingOnACanceledClaimIsAnError() {
        String text = "1. (Original) A lamp comprising a bulb.\n2-3. (Canceled)\n"
                + "4. (Currently amended) The lamp of claim 3, wherein the bulb is red.";
        Report r = ANALYZER.analyze(text);
        assertThat(r.findingsOf("dependency-missing")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("claim 4 refers to claim 3, which is canceled");
            assertThat(text.substring(f.start(), f.end())).isEqualTo("3");
            assertThat(f.start()).isEqualTo(text.lastIndexOf("3"));
        });
        assertThat(r.findingsOf("claim-numbering")).isEmpty();
    }

    @Test
    void theListingBoilerplateBeforeTheClaimsIsNoUnnumberedClaim() {
        String text = "Amendments to the Claims:\nThis listing of claims will replace all prior versions, and listings, of "
                + "claims in the application.\n\nListing of Claims:\n\n1. (Original) A lamp comprising a bulb.";
        Report r = ANALYZER.analyze(text);
        assertThat(r.claims().unnumberedLeader()).isNull();
        assertThat(r.findings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // written                                                            | deleted pieces, blanked in the text as read
        "1. A lamp comprising a [[red]] blue bulb.                             | [[red]]",
        "1. A lamp comprising one or more bulb[[s]].                           | [[s]]",
        "1. A lamp comprising a bulb[[, a socket]] and a cap.                  | [[, a socket]]",
        "1. A lamp comprising .[.a red.]. a blue bulb.                         | .[.a red.].",
        "1. A lamp comprising .Iadd.a blue.Iaddend. bulb.                      | .Iadd.¦.Iaddend.",
        "1. A lamp comprising [a red] a blue bulb.                             | [a red]",
        // names, formulas and labels in brackets are claim text
        "1. A salt of N-[[4-(2-pyridyl)methyl]amino]benzamide.                 | ",
        "1. A drug of 1-[4-(4-chlorophenyl)phenylmethyl]piperazine.             | ",
        "1. A filter passing a band of [0.5, 1.0] GHz.                         | ",
        "1. A sensor giving y = [x + offset] volts.                            | ",
        "[Claim 1] A lamp comprising a bulb.                                   | ",
        "1. A polymer of (meth)acrylate and [meth]acrylamide.                  | ",
    })
    void deletedTextIsBlankedAtUnchangedOffsets(String written, String deleted) {
        String read = written;
        for (String piece : deleted == null ? new String[0] : deleted.split("¦")) {
            read = read.replace(piece, " ".repeat(piece.length()));
        }
        Claim c = ClaimSet.parse(written).claims().get(0);
        assertThat(c.text()).isEqualTo(written);
        assertThat(c.analysisText()).isEqualTo(read);
    }

    @Test
    void aFindingAfterMarkupUnderlinesTheWordsAsWritten() {
        String text = "1. (Currently amended) A gearbox comprising a [[large]] first gear.\n"
                + "2. (New) The gearbox of claim 1, wherein [[the]] said second gear is steel.";
        Report r = ANALYZER.analyze(text);
        assertThat(r.findingsOf("antecedent-basis")).singleElement().satisfies(f -> {
            assertThat(text.substring(f.start(), f.end())).isEqualTo("said second gear");
            assertThat(f.claim()).isEqualTo(2);
        });
    }

    @Test
    void aClaimThatReissueMarkupDeletesWholeIsCanceled() {
        String text = "1. A key comprising a plate. [2. A key comprising a plate and a grip.] [ 3. A key. ]\n"
                + "4. The key of claim 1, wherein the plate is steel.";
        Report r = ANALYZER.analyze(text);
        assertThat(r.claims().claims()).extracting(Claim::number).containsExactly(1, 2, 3, 4);
        assertThat(r.claims().claims()).extracting(Claim::isCanceled).containsExactly(false, true, true, false);
        assertThat(r.claims().get(1).orElseThrow().text()).isEqualTo("1. A key comprising a plate.");
        assertThat(r.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
