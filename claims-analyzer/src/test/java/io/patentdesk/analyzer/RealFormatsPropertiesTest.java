package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of reading real-document formats over generated claim sets: amendment markup and OCR line numbers change
 * nothing but what they should, offsets stay exact, canceled ranges and misread labels keep the numbering.
 */
class RealFormatsPropertiesTest {

    private static final Analyzer ANALYZER = new Analyzer();
    private static final List<String> NOUNS = List.of("lamp", "bulb", "socket", "lever", "gear", "housing", "spring",
            "shaft", "valve", "pump", "wheel", "frame", "panel", "sensor", "clip");
    private static final List<String> STATUSES = List.of("(Original)", "(Currently Amended)", "(currently amended)",
            "(Previously Presented)", "(New)", "(Withdrawn)", "(Original).", "(New):");
    private static final List<String> RANGES = List.of("%d-%d. (Canceled)", "%d.-%d. (canceled)",
            "%d - %d . (canceled)", "%d .- %d . (canceled)", "%d - %d (canceled)", "Claims %d-%d (Cancelled)",
            "%d\u2013%d. (Cancelled)");

    /** Claim texts without labels: independent claims and dependent ones, some with terms never introduced. */
    @Provide
    Arbitrary<List<String>> claims() {
        return Arbitraries.integers().between(1, 14).flatMap(n -> Arbitraries.integers().between(0, 1_000_000)
                .list().ofSize(n).map(seeds -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        int s = seeds.get(i - 1);
                        String a = NOUNS.get(s % NOUNS.size());
                        String b = NOUNS.get((s / 7) % NOUNS.size());
                        String c = NOUNS.get((s / 49) % NOUNS.size());
                        if (i == 1 || s % 4 == 0) {
                            out.add("A " + a + " comprising a " + b + " and a " + c + ", wherein the " + b
                                    + " is attached to the " + c + ".");
                        } else {
                            out.add("The " + a + " of claim " + (1 + s % (i - 1)) + ", wherein the " + b
                                    + " is coupled to the " + c + ".");
                        }
                    }
                    return out;
                }));
    }

    private static String join(List<String> claims) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < claims.size(); i++) {
            sb.append(i + 1).append(". ").append(claims.get(i)).append('\n');
        }
        return sb.toString();
    }

    /** What a finding says, independent of where it is: rule, claim, the words underlined and the message. */
    private static List<String> described(Report r, String text, boolean withNumbering) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.rule().equals("input-quality") || !withNumbering && f.rule().equals("claim-numbering")) {
                continue;
            }
            out.add(f.rule() + "|" + f.claim() + "|" + plain(text.substring(f.start(), f.end())) + "|"
                    + plain(f.message()));
        }
        return out;
    }

    /** Markup removed and blanks collapsed: "the [[red]]  bulb" reads "the bulb". */
    private static String plain(String s) {
        return s.replaceAll("\\[\\[[^\\[\\]]*\\]\\]", " ").replaceAll("\\s+", " ").strip();
    }

    @Property(tries = 200)
    void amendmentMarkupIsReadAsTheAmendedClaims(@ForAll("claims") List<String> claims, @ForAll long seed) {
        Random rnd = new Random(seed);
        StringBuilder marked = new StringBuilder();
        for (int i = 0; i < claims.size(); i++) {
            marked.append(i + 1).append(". ").append(STATUSES.get(rnd.nextInt(STATUSES.size()))).append(' ');
            String[] words = claims.get(i).split(" ");
            // Markup goes into the body, after "wherein": the antecedent rule still reads an independent claim's
            // preamble as written (Claim.slice), so "A [[pump]] lamp" would name a pump there.
            int body = java.util.Arrays.asList(words).indexOf("wherein");
            for (int w = 0; w < words.length; w++) {
                if (w > body && rnd.nextInt(4) == 0) {
                    marked.append("[[").append(NOUNS.get(rnd.nextInt(NOUNS.size())).substring(0, 1 + rnd.nextInt(4)))
                            .append("]] ");
                }
                marked.append(words[w]).append(w + 1 < words.length ? " " : "");
            }
            marked.append('\n');
        }
        String plain = join(claims);
        String text = marked.toString();
        Report expected = ANALYZER.analyze(plain);
        Report actual = ANALYZER.analyze(text);
        assertThat(described(actual, text, false)).containsExactlyInAnyOrderElementsOf(described(expected, plain, false));
        assertThat(actual.findingsOf("claim-numbering")).isEmpty();
        assertThat(actual.findingsOf("input-quality")).isEmpty();
        offsetsAreExact(actual, text);
    }

    @Property(tries = 200)
    void columnLineNumbersBetweenClaimsOnlyAddOneWarning(@ForAll("claims") List<String> claims, @ForAll long seed) {
        Random rnd = new Random(seed);
        StringBuilder text = new StringBuilder();
        int inserted = 0;
        for (int i = 0; i < claims.size(); i++) {
            text.append(i + 1).append(". ").append(claims.get(i));
            if (rnd.nextBoolean()) {
                text.append(' ').append(5 * (1 + rnd.nextInt(13)));
                inserted++;
            }
            text.append(rnd.nextBoolean() ? "\n" : " ");
        }
        String plain = join(claims);
        Report expected = ANALYZER.analyze(plain);
        Report actual = ANALYZER.analyze(text.toString());
        assertThat(described(actual, text.toString(), true))
                .containsExactlyInAnyOrderElementsOf(described(expected, plain, true));
        assertThat(actual.findingsOf("input-quality")).hasSize(inserted > 0 ? 1 : 0);
        assertThat(actual.claims().claims()).extracting(Claim::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, claims.size()).boxed().toList());
        offsetsAreExact(actual, text.toString());
    }

    @Property(tries = 200)
    void aCanceledRangeKeepsEveryNumber(@ForAll("claims") List<String> claims, @ForAll @IntRange(max = 100) int a,
            @ForAll @IntRange(max = 100) int b, @ForAll @IntRange(max = 6) int format) {
        int n = claims.size();
        int from = 1 + a % n;
        int to = from + b % (n - from + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (i == from) {
                text.append(from == to ? from + ". (Canceled)" : String.format(RANGES.get(format), from, to)).append('\n');
            }
            if (i < from || i > to) {
                text.append(i).append(". ").append(claims.get(i - 1)).append('\n');
            }
        }
        Report r = ANALYZER.analyze(text.toString());
        assertThat(r.claims().claims()).extracting(Claim::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, n).boxed().toList());
        assertThat(r.claims().claims()).filteredOn(Claim::isCanceled).extracting(Claim::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(from, to).boxed().toList());
        assertThat(r.findingsOf("claim-numbering")).isEmpty();
        assertThat(r.fees().totalClaims()).isEqualTo(n - (to - from + 1));
        offsetsAreExact(r, text.toString());
    }

    @Property(tries = 100)
    void misreadClaimNumbersKeepTheNumbering(@ForAll @IntRange(min = 10, max = 30) int n, @ForAll long seed) {
        Random rnd = new Random(seed);
        StringBuilder text = new StringBuilder("1. A lamp comprising a bulb.\n");
        int misread = 0;
        for (int i = 2; i <= n; i++) {
            String label = String.valueOf(i);
            if (i >= 10 && label.indexOf('1') >= 0 && rnd.nextInt(3) == 0) {
                label = label.replace('1', rnd.nextBoolean() ? 'I' : 'l');
                misread++;
            }
            text.append(label).append(". The lamp of claim ").append(i - 1).append(", wherein the bulb is red.\n");
        }
        Report r = ANALYZER.analyze(text.toString());
        assertThat(r.claims().claims()).extracting(Claim::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, n).boxed().toList());
        assertThat(r.findings()).extracting(Finding::rule)
                .containsExactlyElementsOf(misread > 0 ? List.of("input-quality") : List.of());
    }

    @Property(tries = 300)
    void anyTextIsReadAtUnchangedLengthAndOffsets(@ForAll("damaged") String text) {
        AnalysisText read = AnalysisText.of(text);
        assertThat(read.text()).hasSameSizeAs(text);
        offsetsAreExact(ANALYZER.analyze(text), text);
    }

    /** Claims text with markup, brackets, numbers and back-matter words in random places. */
    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> piece = Arbitraries.of("1. ", "2 . ", "3) ", "4-6. ", "(Canceled) ", "(New) ", "A lamp ",
                "comprising ", "a bulb", ", ", ". ", "\n", "[[", "]]", "[", "]", ".[.", ".].", ".Iadd.", "I5. ",
                "claim I ", "ofclaim 1further ", " 60 ", "References Cited\n", "* * * * *", "the ", "said bulb ",
                "wherein ", "(a) ", "Ansprüche\n");
        return piece.list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l));
    }

    private static void offsetsAreExact(Report r, String text) {
        for (Claim c : r.claims().claims()) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
            assertThat(c.analysisText()).hasSameSizeAs(c.text());
            assertThat(c.numberSpan().start()).isEqualTo(c.start());
            assertThat(c.contentStart()).isBetween(c.start(), c.end());
        }
        for (Finding f : r.findings()) {
            assertThat(f.end()).isLessThanOrEqualTo(text.length());
            if (f.claim() != null && f.part() == Part.CLAIMS) {
                // in the claim it names (a number written twice names two claims)
                assertThat(r.claims().claims()).as(f.toString()).anyMatch(c -> c.number() == f.claim()
                        && f.start() >= c.start() && f.end() <= c.end());
            }
        }
    }
}
