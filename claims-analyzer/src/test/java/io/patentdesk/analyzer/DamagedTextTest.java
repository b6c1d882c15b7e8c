package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Claims text damaged by OCR or copying: column line numbers, misread claim numbers, words run together, back matter,
 * claims run into one line, claims cut off, the claims again in another language. What can be read is read; one
 * input-quality warning names the rest.
 */
class DamagedTextTest {

    private static final Analyzer ANALYZER = new Analyzer();

    private static String readAs(String text) {
        return AnalysisText.of(text).text();
    }

    @Test
    void anOcrCopyOfA1973PatentIsReadWithOneWarningAndNoError() throws IOException {
        String text = AmendmentListingTest.resource("ocr-catheter-1973.txt");
        Report r = ANALYZER.analyze(text);
        assertThat(r.claims().claims()).extracting(Claim::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 15).boxed().toList());
        assertThat(r.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(r.findingsOf("input-quality")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.claim()).isNull();
            assertThat(text.substring(f.start(), f.end())).isEqualTo("30");
            assertThat(f.message()).isEqualTo("OCR text: 8 column line numbers removed (claims 1, 2, 3, 5, 6, 7 and 2 "
                    + "more), 2 numbers read with a letter for a digit ('claim I', 'I5.'), words run together ('ofclaim "
                    + "13further'), back matter after claim 15 ignored ('References Cited')");
        });
        Claim six = r.claims().get(6).orElseThrow();
        assertThat(six.text()).endsWith("insertion of the catheter.").doesNotContain("50");
        assertThat(r.claims().get(3).orElseThrow().references()).containsExactly(1);
        assertThat(r.claims().get(14).orElseThrow().references()).containsExactly(13);
        assertThat(r.claims().get(15).orElseThrow().text()).startsWith("I5. The method")
                .endsWith("contrast solution.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // written                                                      | read
        "a catheter. 60 7. Apparatus                                    | a catheter.    7. Apparatus",
        "a catheter. 60\\n7. Apparatus                                  | a catheter.   \\n7. Apparatus",
        "a catheter.\\n60\\n7. Apparatus                                | a catheter.\\n  \\n7. Apparatus",
        "a catheter. 15 I5. The method                                  | a catheter.    I5. The method",
        // numbers that are claim text
        "a catheter. 7. Apparatus                                       | a catheter. 7. Apparatus",
        "a mesh of 5 to 10 mm, 15 mm or 20 mm.                          | a mesh of 5 to 10 mm, 15 mm or 20 mm.",
        "a tube of claim 15. 16. The tube                               | a tube of claim 15. 16. The tube",
        "a pitch of 1. 5 mm                                             | a pitch of 1. 5 mm",
        "a valve (60) and a seat (65).                                  | a valve (60) and a seat (65).",
    })
    void lineNumbersAreBlankedWhereTheyCannotBeClaimText(String written, String read) {
        assertThat(readAs(written.replace("\\n", "\n"))).isEqualTo(read.replace("\\n", "\n"));
    }

    @Test
    void lineNumbersInsideClaimsAreBlankedWhenTheyCountUpByFiveSomeLinesApart() {
        String line = "said member being secured to the frame by a plurality of fasteners spaced along its length ";
        StringBuilder sb = new StringBuilder("1. A rack comprising a frame and a member, ");
        for (int n = 20; n <= 40; n += 5) {
            sb.append(line).append(line).append(line).append(n).append(' ');
        }
        sb.append(line).append("and a base.");
        String text = sb.toString();
        String read = readAs(text);
        assertThat(read).doesNotContainPattern("\\b(20|25|30|35|40)\\b").hasSameSizeAs(text);
        Report r = ANALYZER.analyze(text);
        assertThat(r.findingsOf("input-quality")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("OCR text: 5 column line numbers removed (claim 1)"));
    }

    @Test
    void aShortRunOfNumbersIsClaimTextUnlessTheTextShowsOcrElsewhere() {
        String line = "said member being secured to the frame by a plurality of fasteners spaced along its length ";
        String run = "1. A rack comprising " + line + line + "10 spacers, " + line + line + "15 hooks and " + line + line
                + "20 pins.";
        assertThat(readAs(run)).isEqualTo(run);
        String ocr = run + " 25\n2. The rack of claim I, wherein the frame is steel.";
        assertThat(readAs(ocr)).doesNotContain("10 spacers").contains("hooks").doesNotContain("15 hooks");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The lamp of claim I, wherein            | The lamp of claim 1, wherein",
        "The lamp of claim l, wherein            | The lamp of claim 1, wherein",
        "The lamp of claim lO, wherein           | The lamp of claim 10, wherein",
        "The lamp of claims I or 2, wherein      | The lamp of claims 1 or 2, wherein",
        "The lamp of claims 2 or I, wherein      | The lamp of claims 2 or 1, wherein",
        // not a misread number
        "The lamp of claim 1, wherein I          | The lamp of claim 1, wherein I",
        "The lamp of claim O, wherein            | The lamp of claim O, wherein",
        "The lamp as claimed In a room           | The lamp as claimed In a room",
    })
    void misreadDigitsInReferencesArePutRight(String written, String read) {
        assertThat(readAs(written)).isEqualTo(read);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the labels OCR misread are taken where the numbering expects them
        "I. A lamp.\\n2. The lamp of claim 1.                      | 1,2",
        "1. A lamp.\\nI. A bulb.                                  | 1",
        "1. A lamp.\\n2. The lamp of claim 1. I3. A bulb.         | 1,2",
    })
    void misreadClaimNumbersAreTakenOnlyWhereExpected(String text, String numbers) {
        ClaimSet set = ClaimSet.parse(text.replace("\\n", "\n"));
        assertThat(set.claims()).extracting(c -> String.valueOf(c.number()))
                .containsExactly(numbers.split(","));
    }

    @Test
    void misreadLabelsInALongSetAreRead() {
        StringBuilder sb = new StringBuilder("1. A lamp comprising a bulb.\n");
        for (int n = 2; n <= 21; n++) {
            String label = String.valueOf(n).replace('1', n % 2 == 0 ? 'I' : 'l');
            sb.append(label).append(". The lamp of claim ").append(n - 1).append(", wherein the bulb is red.\n");
        }
        Report r = ANALYZER.analyze(sb.toString());
        assertThat(r.claims().claims()).extracting(Claim::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 21).boxed().toList());
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("input-quality");
    }

    @Test
    void wordsRunTogetherAroundAReferenceAreReadApart() {
        String text = "1. A method of forming a bead comprising winding a wire.\n"
                + "2. The method ofclaim 1further comprising cutting the wire.\n"
                + "3. The method of claim1, wherein the wire is steel.";
        Report r = ANALYZER.analyze(text);
        assertThat(r.claims().get(2).orElseThrow().references()).containsExactly(1);
        assertThat(r.claims().get(3).orElseThrow().references()).containsExactly(1);
        assertThat(r.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(r.findingsOf("input-quality")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("words run together ('ofclaim 1further')"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "References Cited\nUNITED STATES PATENTS\n3,435,826 4/1969 Fogarty 128/348",
        "[56] References Cited\nUNITED STATES PATENTS\n2,345,678 5/1944 Smith",
        "No references cited.",
        "Primary Examiner—Dalton L. Truluck\nAttorney—Fishburn, Gold & Litman",
        "UNITED STATES PATENTS\n3,435,826 4/1969 Fogarty 128/348 B",
    })
    void backMatterAfterTheLastClaimIsIgnoredAndNamed(String backMatter) {
        String text = "1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is red.\n" + backMatter;
        Report r = ANALYZER.analyze(text);
        assertThat(r.claims().get(2).orElseThrow().text()).isEqualTo("2. The lamp of claim 1, wherein the bulb is red.");
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("input-quality");
        assertThat(r.findings().get(0).message()).contains("back matter after claim 2 ignored");
    }

    @Test
    void theEndMarkOfAUsptoFullTextIsIgnoredSilently() {
        Report r = ANALYZER.analyze("1. A lamp comprising a bulb.\n\n* * * * *\n");
        assertThat(r.claims().claims().get(0).text()).isEqualTo("1. A lamp comprising a bulb.");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aHeadingBeforeTheClaimsIsNoBackMatter() {
        ClaimSet set = ClaimSet.parse("References Cited\n1. A lamp comprising a bulb.");
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1) A device comprising a frame. 2) The device of claim 1, wherein the frame is steel. 3) The device of claim 2, wherein the steel is coated.",
        "1. A device comprising a frame. 2) The device of claim 1, wherein the frame is steel. 3. The device of claim 2, wherein the steel is coated.",
        "1 . A device comprising a frame . 2 . The device according to claim 1 , wherein the frame is steel . 3 . The device according to claim 2 , wherein the steel is coated .",
    })
    void claimsRunIntoOneLineAreSplit(String text) {
        Report r = ANALYZER.analyze(text);
        assertThat(r.claims().claims()).extracting(Claim::number).containsExactly(1, 2, 3);
        assertThat(r.claims().claims()).extracting(Claim::references)
                .containsExactly(List.of(), List.of(1), List.of(2));
        assertThat(r.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void subItemsAfterAPeriodAreNoClaims() {
        String text = "1) A vehicle comprising: 1) a frame. 2) the frame having wheels. 3) a seat.";
        assertThat(ClaimSet.parse(text).claims()).extracting(Claim::number).containsExactly(1);
    }

    @Test
    void claimsCutOffInCopyingAreNamedAndTheirFindingsWithheld() {
        String text = "1. A hub comprising a shaft and a hub body.\n"
                + "2. The hub of claim 1, wherein the shaft is steel.\n"
                + "3. the braking base has a tapered surface facing the clutch sleeve.\n"
                + "4. The hub of claim 3, wherein the clutch sleeve is steel and the brake pad is round.\n"
                + "5. The hub of claim 1, wherein the spoke is round.";
        Report r = ANALYZER.analyze(text);
        assertThat(r.claims().inputQuality().claimsWithoutOpening()).containsExactly(3);
        assertThat(r.findingsOf("input-quality")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("claim 3 begins mid-sentence ('the braking base has a tapered…'), as if "
                    + "the opening words were lost in copying; findings on it, and antecedent findings in claims that "
                    + "depend on it, are not reported");
            assertThat(text.substring(f.start(), f.end())).startsWith("the braking base");
        });
        // claim 5 does not depend on the cut-off claim: its error stands
        assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::claim)
                .containsExactly(5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // written in lower case, but whole: not cut off
        "1. a lamp comprising a bulb.\\n2. the lamp of claim 1, wherein the bulb is red.      | ",
        "1. A lamp comprising a bulb.\\n2. the lamp of claim 1, wherein the bulb is red.      | ",
        // cut off
        "1. A lamp comprising a bulb.\\n2. wherein the bulb is red.                           | 2",
        "1. a shaft; a hub body around the shaft.\\n2. The hub of claim 1, wherein it turns.     | 1",
        "1. A lamp comprising a bulb.\\n2. (a) heating the bulb; and (b) cooling it.          | 2",
        "1. a lamp comprising a bulb.\\n2. the bulb is red.                                   | 2",
    })
    void aClaimIsCutOffOnlyWhenItBeginsMidSentence(String text, String cut) {
        ClaimSet set = ClaimSet.parse(text.replace("\\n", "\n"));
        List<Integer> expected = cut == null ? List.of() : List.of(Integer.valueOf(cut));
        assertThat(set.inputQuality().claimsWithoutOpening()).containsExactlyElementsOf(expected);
    }

    @Test
    void theClaimsOfAnEuropeanPatentInOtherLanguagesAreNotReadAsMoreClaims() {
        String text = "1. A toy comprising a body and a wheel.\n2. The toy of claim 1, wherein the wheel is red. Ansprüche\n"
                + "1. Spielzeug, umfassend einen Körper und ein Rad.\n2. Spielzeug nach Anspruch 1, wobei das Rad rot ist.\n"
                + "Revendications\n1. Jouet comprenant un corps et une roue.";
        Report r = ANALYZER.analyze(text);
        assertThat(r.claims().claims()).extracting(Claim::number).containsExactly(1, 2);
        assertThat(r.claims().get(2).orElseThrow().text()).endsWith("the wheel is red.");
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("input-quality");
        assertThat(r.findings().get(0).message())
                .isEqualTo("the claims in another language ('Ansprüche', 'Revendications') are not checked, only the "
                        + "English ones");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "What is claimed is:\nCLAIMS\n1. A toy comprising a wheel.\n2. The toy of claim 1, wherein the wheel is red.",
        "Claims\n1. A toy comprising a wheel.\n2. The toy of claim 1, wherein the wheel is red.",
        "1. A toy comprising a wheel.\n2. The toy of claim 1, wherein the wheel is red, as in Claims 1.",
    })
    void aClaimsHeadingBeforeTheOnlyClaimsIsNoTranslation(String text) {
        Report r = ANALYZER.analyze(text);
        assertThat(r.claims().claims()).extracting(Claim::number).containsExactly(1, 2);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aCleanTextIsReadAsWrittenAndCostsNoCopy() {
        String text = "1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is red.";
        AnalysisText read = AnalysisText.of(text);
        assertThat(read.text()).isSameAs(text);
        Claim c = ClaimSet.parse(text).claims().get(1);
        assertThat(c.analysisText()).isSameAs(c.text());
        assertThat(ClaimSet.parse(text).inputQuality().isEmpty()).isTrue();
    }
}
