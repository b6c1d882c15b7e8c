package io.patentdesk.app.cli;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Office;
import io.patentdesk.analyzer.OfficeGuess;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.Suppressions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Error findings per 100 claims on the English full-text folders of the shared corpus, by folder, by era and by kind
 * (grant, application, ocr; see {@link CorpusRecordClass}). Granted text was examined, so its errors are mostly false;
 * published applications were not, so some of theirs are real. The denominator is the claim entries of the records.
 */
final class CorpusErrorRates {

    /** The folders with English claim text, in the order reported. grobid-ep-wo-us is taken where its claims are English. */
    static final List<String> FOLDERS = List.of("us-fulltext", "patent-generator-fulltext", "grobid-ep-wo-us",
            "us-apps-2024-claims", "ipstreet-claims", "patentsberta-claims");

    /** A claims text whose claim 1 lost its number and opening words in the source (CorpusClaimSets numbered it). */
    private static final Pattern OPENING_LOST = Pattern.compile("^1\\. \\p{Ll}");
    private static final double SHARE_LOST_FOR_A_ROW = 0.1;

    /** One row: how many sets, claims and error findings, and the error findings by rule. */
    static final class Group {
        int sets;
        int claims;
        int errors;
        final Map<String, Integer> byRule = new TreeMap<>();

        double per100() {
            return claims == 0 ? 0 : errors * 100.0 / claims;
        }

        /** The rules with the most error findings, most first (ties by name). */
        Map<String, Integer> topRules(int n) {
            Map<String, Integer> out = new LinkedHashMap<>();
            byRule.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(n).forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }

        private void add(int claimCount, List<Finding> errorFindings) {
            sets++;
            claims += claimCount;
            errors += errorFindings.size();
            for (Finding f : errorFindings) {
                byRule.merge(f.rule(), 1, Integer::sum);
            }
        }
    }

    final Map<String, Group> byFolder = new LinkedHashMap<>();
    /**
     * Per folder, its sets whose claim 1 kept its opening words; only for folders where some lost them (most
     * us-apps-2024-claims sets did in the scrape, and then "the spoke" in every dependent claim is the scrape's doing).
     */
    final Map<String, Group> intactOpening = new LinkedHashMap<>();
    final Map<String, Group> byEra = new TreeMap<>(Comparator.comparing(CorpusErrorRates::eraOrder));
    final Map<String, Group> byKind = new TreeMap<>();
    final Map<String, Group> byOffice = new TreeMap<>();

    private CorpusErrorRates() {}

    static CorpusErrorRates measure(Path corpus, Analyzer analyzer) throws IOException {
        Set<String> wanted = Set.copyOf(FOLDERS);
        CorpusErrorRates rates = new CorpusErrorRates();
        for (String f : FOLDERS) {
            rates.byFolder.put(f, new Group());
        }
        for (CorpusClaimSets.Entry e : CorpusClaimSets.read(corpus, wanted::contains)) {
            if (e.folder().equals("grobid-ep-wo-us") && !e.claimsLang().equals("en")) {
                continue;
            }
            // each text is checked under the office it was written for, as `check` does by default (EP claims: EPO)
            Office office = OfficeGuess.of(e.document(), e.id());
            Report report = analyzer.analyze(e.document(), office, Suppressions.none());
            List<Finding> errors = report.findings().stream().filter(x -> x.severity() == Severity.ERROR).toList();
            // a record holding the whole set in one entry (a WO text from a PDF: "CLAIMS1. A roof ... 2. ...") counts
            // the claims the parser found in it
            int claims = e.claims() == 1 ? Math.max(1, report.claims().size()) : e.claims();
            rates.byFolder.get(e.folder()).add(claims, errors);
            if (!OPENING_LOST.matcher(e.document().claims()).find()) {
                rates.intactOpening.computeIfAbsent(e.folder(), k -> new Group()).add(claims, errors);
            }
            rates.byEra.computeIfAbsent(CorpusRecordClass.era(e.date(), e.id()), k -> new Group()).add(claims, errors);
            rates.byKind.computeIfAbsent(CorpusRecordClass.kind(e.folder(), e.id()), k -> new Group())
                    .add(claims, errors);
            rates.byOffice.computeIfAbsent(office.id(), k -> new Group()).add(claims, errors);
        }
        // A row of its own only where the loss is common enough to move the folder's figure (one odd record is not).
        rates.intactOpening.entrySet().removeIf(g -> g.getValue().sets
                > (1 - SHARE_LOST_FOR_A_ROW) * rates.byFolder.get(g.getKey()).sets);
        return rates;
    }

    /** Decades in order, then "before 1960" first and "unknown" last. */
    private static String eraOrder(String era) {
        if (era.equals("before 1960")) {
            return "0";
        }
        return era.equals(CorpusRecordClass.UNKNOWN) ? "~" : era;
    }
}
