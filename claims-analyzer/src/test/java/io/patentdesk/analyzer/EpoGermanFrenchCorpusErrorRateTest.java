package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The German and French claim sets of ../shared/corpus (ep-claims: EPO publication XML; grobid-ep-wo-us: EP and WO
 * full texts; skipped when absent) checked under the EPO pack. Published claims, so an error is most likely a false
 * one. Prints error findings per 100 claims per language and per rule, and the antecedent findings by severity
 * (the German and French antecedent check reads only the explicit markers: ledit, der genannte ...).
 */
class EpoGermanFrenchCorpusErrorRateTest {

    /**
     * Measured before the German and French antecedent check: de 0.7 (5 errors in 719 claims), fr 2.5 (8 in 320), all
     * claim-numbering and dependency-missing on grobid records whose claims the text extraction put out of order or
     * ran together. With it: the same, 0 antecedent errors; 6 antecedent warnings (fr 2: "ladite trajectoire" in a
     * claim resting on a claim the extraction moved; de 4: "die vorstehend genannten Kohlenwasserstoffreste" summing up
     * a list of residues), none a real defect when read by hand. The markers are rare in real claims: about 175
     * (ledit, ladite, dudit ...) in the French claims, 7 (genannten, vorgenannten) in the German.
     */
    static final double MAX_ERRORS_PER_100_CLAIMS = 3.5;
    /** Antecedent errors are what this test guards most: published claims have almost none. */
    static final double MAX_ANTECEDENT_ERRORS_PER_100_CLAIMS = 0.5;

    @Test
    void errorRateOnGermanAndFrenchClaimsStaysLow() throws Exception {
        Path ep = GoldenCorpusTest.CORPUS.resolve("ep-claims");
        Path grobid = GoldenCorpusTest.CORPUS.resolve("grobid-ep-wo-us");
        Assumptions.assumeTrue(Files.isDirectory(ep) && Files.isDirectory(grobid), "shared corpus not present");
        Analyzer analyzer = new Analyzer();
        Map<String, int[]> perLanguage = new TreeMap<>();
        Map<String, Integer> perRule = new TreeMap<>();
        Map<String, Integer> antecedent = new TreeMap<>();
        for (Path dir : List.of(ep, grobid)) {
            for (JsonNode r : CorpusClaimTexts.records(dir)) {
                String lang = r.has("claims_lang") ? r.path("claims_lang").asText() : r.path("lang").asText();
                List<String> list = CorpusClaimTexts.claims(r);
                if (!lang.equals("de") && !lang.equals("fr") || list.isEmpty()) {
                    continue;
                }
                Document doc = Document.of(r.path("title").asText(), r.path("abstract").asText(),
                        r.path("description").asText(), CorpusClaimTexts.claimsText(list));
                Report rep = analyzer.analyze(doc, Office.EPO, Suppressions.none());
                int[] t = perLanguage.computeIfAbsent(lang, k -> new int[3]);
                t[0] += rep.claims().size();
                for (Finding x : rep.findings()) {
                    if (x.rule().endsWith("antecedent") || x.rule().equals("antecedent-basis")) {
                        antecedent.merge(lang + " " + x.rule() + " " + x.severity(), 1, Integer::sum);
                    }
                    if (x.severity() == Severity.ERROR) {
                        t[1]++;
                        t[2] += x.rule().contains("antecedent") ? 1 : 0;
                        perRule.merge(lang + " " + x.rule(), 1, Integer::sum);
                    }
                }
            }
        }
        perLanguage.forEach((lang, t) -> System.out.printf("ep de/fr %s: %d claims, %d errors, %.1f per 100 (antecedent %d)%n",
                lang, t[0], t[1], t[1] * 100.0 / t[0], t[2]));
        System.out.printf("ep de/fr errors by rule %s; antecedent findings %s%n", perRule, antecedent);
        assertThat(perLanguage.keySet()).containsExactly("de", "fr");
        for (int[] t : perLanguage.values()) {
            assertThat(t[0]).isGreaterThan(250);
            assertThat(t[1] * 100.0 / t[0]).isLessThan(MAX_ERRORS_PER_100_CLAIMS);
            assertThat(t[2] * 100.0 / t[0]).isLessThan(MAX_ANTECEDENT_ERRORS_PER_100_CLAIMS);
        }
    }

    /** The noun after a French marker, in a claim other than claim 1. */
    private static final Pattern FRENCH_REFERENCE = Pattern.compile(
            "\\b(?:ledit|dudit|audit|ladite)\\s+(\\p{Ll}{4,})\\b");

    /**
     * Recall on planted defects in real wording: in each French claim set, the noun after the first singular marker of
     * each dependent claim is replaced by one the set never writes ("ledit gyroscope"); in each German set, a clause
     * ", wobei der genannte Kreisel drehbar ist" is added to each dependent claim (the markers are too rare in German
     * claims to replace). Each must be reported in its claim: an error, or a warning where the claim rests on claims
     * the parser could not read. Measured when set: fr 44 of 45 (38 errors, 6 warnings; the one missed is in a claim
     * citing only a later claim, which dependency-missing reports), de 592 of 594 (all errors; one missed where the
     * clause landed after a claim's number, an artefact of planting; one in a claim opening in lower case, read as cut off
     * in copying, whose findings are withheld).
     */
    static final double MIN_PLANTED_FOUND = 0.95;

    @Test
    void aNounNeverIntroducedIsFoundInRealClaimSets() throws Exception {
        Path ep = GoldenCorpusTest.CORPUS.resolve("ep-claims");
        Path grobid = GoldenCorpusTest.CORPUS.resolve("grobid-ep-wo-us");
        Assumptions.assumeTrue(Files.isDirectory(ep) && Files.isDirectory(grobid), "shared corpus not present");
        Analyzer analyzer = new Analyzer();
        Map<String, int[]> found = new TreeMap<>(); // planted, errors, warnings
        for (Path dir : List.of(ep, grobid)) {
            for (JsonNode r : CorpusClaimTexts.records(dir)) {
                String lang = r.has("claims_lang") ? r.path("claims_lang").asText() : r.path("lang").asText();
                List<String> list = CorpusClaimTexts.claims(r);
                if (!lang.equals("de") && !lang.equals("fr") || list.size() < 2) {
                    continue;
                }
                String text = CorpusClaimTexts.claimsText(list);
                ClaimSet set = analyzer.parseClaims(Document.ofClaims(text));
                for (Claim c : set.claims()) {
                    if (c.references().isEmpty() || c.number() < 2) {
                        continue;
                    }
                    String planted;
                    int at;
                    if (lang.equals("fr")) {
                        Matcher m = FRENCH_REFERENCE.matcher(text).region(c.start(), c.end());
                        if (!m.find()) {
                            continue;
                        }
                        planted = text.substring(0, m.start(1)) + "gyroscope" + text.substring(m.end(1));
                        at = m.start();
                    } else {
                        int end = text.lastIndexOf('.', c.end());
                        if (end <= c.start()) {
                            continue;
                        }
                        planted = text.substring(0, end) + ", wobei der genannte Kreisel drehbar ist"
                                + text.substring(end);
                        at = end;
                    }
                    int[] t = found.computeIfAbsent(lang, k -> new int[3]);
                    t[0]++;
                    Report rep = analyzer.analyze(Document.ofClaims(planted), Office.EPO, Suppressions.none());
                    boolean hit = false;
                    for (Finding x : rep.findings()) {
                        if (x.rule().equals("antecedent-basis") && x.start() >= at && x.start() <= at + 12) {
                            t[x.severity() == Severity.ERROR ? 1 : 2]++;
                            hit = true;
                            break;
                        }
                    }
                    if (!hit) {
                        System.out.printf("planted, not found: %s claim %d%n", r.path("id").asText(), c.number());
                    }
                }
            }
        }
        found.forEach((lang, t) -> System.out.printf("planted %s: %d, found %d as errors, %d as warnings%n", lang, t[0],
                t[1], t[2]));
        assertThat(found.keySet()).containsExactly("de", "fr");
        for (int[] t : found.values()) {
            assertThat(t[0]).isGreaterThan(40);
            assertThat((t[1] + t[2]) / (double) t[0]).isGreaterThanOrEqualTo(MIN_PLANTED_FOUND);
        }
    }
}
