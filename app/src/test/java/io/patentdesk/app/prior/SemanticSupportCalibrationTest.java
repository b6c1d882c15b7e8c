package io.patentdesk.app.prior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Office;
import io.patentdesk.app.SharedCorpus;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.ProviderChoice;
import io.patentdesk.inference.embed.SentenceEmbedder;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where {@link SemanticSupport#THRESHOLD} comes from, on real US patents from {@code ../shared/corpus/us-fulltext}
 * (skipped when absent). For each patent, the analyzer's unsupported terms are looked up in the description of
 * another patent (none of them is supported there: what the threshold must reject) and in their own description
 * (some are supported there in other words: what it may accept); terms the analyzer finds literally supported in
 * their own description show what a close passage scores.
 */
class SemanticSupportCalibrationTest {
    /** Patents taken in file order; about a minute of embedding on two cores. */
    static final int PATENTS = 20;

    record Patent(String id, String claims, String description) {
    }

    static List<Patent> patents() throws Exception {
        Optional<Path> corpus = SharedCorpus.dir().map(d -> d.resolve("us-fulltext"));
        assumeTrue(corpus.isPresent() && Files.isDirectory(corpus.get()), "no ../shared/corpus/us-fulltext");
        ObjectMapper json = new ObjectMapper();
        List<Patent> out = new ArrayList<>();
        try (var files = Files.list(corpus.get())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                try (BufferedReader r = Files.newBufferedReader(f)) {
                    for (String line = r.readLine(); line != null && out.size() < PATENTS; line = r.readLine()) {
                        JsonNode n = json.readTree(line);
                        String description = n.path("description").asText("");
                        if (n.path("id").asText().startsWith("USD") || description.length() < 4000
                                || description.length() > 60_000 || n.path("claims").isEmpty()) {
                            continue; // designs, stubs, and the longest (embedding time) left out
                        }
                        List<String> claims = new ArrayList<>();
                        n.path("claims").forEach(c -> claims.add(c.asText()));
                        out.add(new Patent(n.path("id").asText(), String.join("\n", claims), description));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theThresholdRejectsUnrelatedDescriptionsAndAcceptsCloseOnes() throws Exception {
        List<Patent> patents = patents();
        assumeTrue(patents.size() >= 8, "too few patents in the corpus");
        Analyzer analyzer = new Analyzer();
        List<Double> unrelated = new ArrayList<>();
        List<Double> own = new ArrayList<>();
        List<Double> literal = new ArrayList<>();
        try (SentenceEmbedder encoder = BundledEncoder.open(EngineOptions.defaults().withProvider(ProviderChoice.CPU))) {
            List<SemanticSupport> descriptions = new ArrayList<>();
            for (Patent p : patents) {
                descriptions.add(SemanticSupport.of(p.description(), encoder::embed));
            }
            for (int i = 0; i < patents.size(); i++) {
                Patent p = patents.get(i);
                var report = analyzer.analyze(Document.ofClaims(p.claims()).withDescription(p.description()),
                        Office.USPTO, io.patentdesk.analyzer.Suppressions.none());
                List<String> unsupported = report.findingsOf(SemanticSupport.UNSUPPORTED).stream()
                        .map(Finding::term).filter(t -> t != null).distinct().toList();
                List<String> phrases = literallySupported(p, unsupported);
                float[][] unsupportedVectors = unsupported.isEmpty() ? new float[0][] : encoder.embed(unsupported);
                float[][] phraseVectors = phrases.isEmpty() ? new float[0][] : encoder.embed(phrases);
                cosines(descriptions.get(i).closest(unsupportedVectors), own);
                cosines(descriptions.get(i).closest(phraseVectors), literal);
                // Against every other patent's description, the claim's terms, supported at home or not, are not
                // described: each closest passage there is what a chance resemblance scores.
                for (int j = 0; j < patents.size(); j++) {
                    if (j != i) {
                        cosines(descriptions.get(j).closest(unsupportedVectors), unrelated);
                        cosines(descriptions.get(j).closest(phraseVectors), unrelated);
                    }
                }
            }
        }
        double falseRate = share(unrelated, SemanticSupport.THRESHOLD);
        System.out.printf(Locale.ROOT, "semantic support, %d patents: unrelated n=%d p50 %.3f p90 %.3f p95 %.3f p99 %.3f;"
                + " own unsupported n=%d p50 %.3f p90 %.3f; literal n=%d p50 %.3f; at %.2f: unrelated %.3f, own %.3f,"
                + " literal %.3f%n", patents.size(), unrelated.size(), q(unrelated, .5), q(unrelated, .9),
                q(unrelated, .95), q(unrelated, .99), own.size(), q(own, .5), q(own, .9), literal.size(),
                q(literal, .5), SemanticSupport.THRESHOLD, falseRate, share(own, SemanticSupport.THRESHOLD),
                share(literal, SemanticSupport.THRESHOLD));
        assertThat(unrelated).hasSizeGreaterThan(500);
        assertThat(falseRate).as("claim terms given a 'close' passage of an unrelated patent").isLessThan(0.01);
        assertThat(share(literal, SemanticSupport.THRESHOLD)).as("literally supported terms reaching the threshold")
                .isGreaterThan(0.3);
        assertThat(share(own, SemanticSupport.THRESHOLD)).isGreaterThan(falseRate);
    }

    /**
     * Noun phrases of the claims the analyzer does not flag and whose every word occurs in the description: two-word
     * phrases after "a"/"an" (as many as there are unsupported terms, for a like-sized sample).
     */
    private static List<String> literallySupported(Patent p, List<String> unsupported) {
        Set<String> out = new LinkedHashSet<>();
        String lower = p.description().toLowerCase(Locale.ROOT);
        var m = java.util.regex.Pattern.compile("\\b(?:a|an) ([a-z]{3,}) ([a-z]{3,})\\b")
                .matcher(p.claims().toLowerCase(Locale.ROOT));
        while (m.find() && out.size() < Math.max(3, unsupported.size())) {
            String phrase = m.group(1) + " " + m.group(2);
            if (!unsupported.contains(phrase) && lower.contains(phrase)) {
                out.add(phrase);
            }
        }
        return List.copyOf(out);
    }

    private static void cosines(List<Optional<SemanticSupport.Closest>> closest, List<Double> into) {
        closest.forEach(c -> c.ifPresent(x -> into.add(x.cosine())));
    }

    private static double share(List<Double> values, double atLeast) {
        return values.isEmpty() ? 0 : values.stream().filter(v -> v >= atLeast).count() / (double) values.size();
    }

    private static double q(List<Double> values, double quantile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size())));
    }
}
