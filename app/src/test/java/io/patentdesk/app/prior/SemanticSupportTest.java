package io.patentdesk.app.prior;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Office;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.Suppressions;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.ProviderChoice;
import io.patentdesk.inference.embed.SentenceEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyzer's unsupported-term warnings revisited with the real encoder. */
class SemanticSupportTest {
    static SentenceEmbedder encoder;

    @BeforeAll
    static void open() throws Exception {
        encoder = BundledEncoder.open(EngineOptions.defaults().withProvider(ProviderChoice.CPU));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    static final String CLAIMS = "1. A bike lock comprising a shackle, a housing receiving the shackle, and an"
            + " espresso pump.\n";
    static final String DESCRIPTION = String.join("\n",
            "[0010] The lock has a U-shaped hoop of hardened steel. The hoop is the bicycle lock's shackle: its two"
                    + " legs enter the housing, which holds them.",
            "[0011] The housing is a steel body into which both legs of the hoop are received and locked by a"
                    + " spring latch that a key withdraws.",
            "[0012] The bicycle lock is mounted on the frame with a bracket.");

    @Test
    void aTermDescribedInOtherWordsBecomesAnInfoPointingAtThePassage() {
        Report before = new Analyzer().analyze(Document.ofClaims(CLAIMS).withDescription(DESCRIPTION), Office.USPTO,
                Suppressions.none());
        assertThat(before.findingsOf("unsupported-term")).extracting(Finding::term)
                .contains("bike lock", "espresso pump");
        Report after = SemanticSupport.revise(before, DESCRIPTION, encoder::embed);
        assertThat(after.findings()).hasSameSizeAs(before.findings());
        Finding info = after.findingsOf(SemanticSupport.RULE).stream()
                .filter(f -> f.term().equals("bike lock")).findFirst().orElseThrow();
        Finding warning = before.findingsOf("unsupported-term").stream()
                .filter(f -> f.term().equals("bike lock")).findFirst().orElseThrow();
        assertThat(info.severity()).isEqualTo(Severity.INFO);
        assertThat(info.start()).isEqualTo(warning.start());
        assertThat(info.end()).isEqualTo(warning.end());
        assertThat(info.claim()).isEqualTo(1);
        assertThat(info.message()).startsWith("'bike lock' in claim 1 is not used in the description, but"
                + " paragraph [0012] is close in meaning").contains("\"The bicycle lock is mounted");
        // The pump is described nowhere: it stays a warning; everything else is as the analyzer left it.
        assertThat(after.findingsOf("unsupported-term")).extracting(Finding::term).containsExactly("espresso pump");
        assertThat(after.findings().stream().filter(f -> !f.rule().equals(SemanticSupport.RULE)).toList())
                .isEqualTo(before.findings().stream().filter(f -> f != warning).toList());
    }

    @Test
    void aReportWithoutUnsupportedTermsIsReturnedAsItIs() {
        Report report = new Analyzer().analyze(Document.ofClaims("1. A lock comprising a hoop.\n")
                .withDescription("The lock has a hoop."), Office.USPTO, Suppressions.none());
        TextEmbedder never = texts -> {
            throw new AssertionError("nothing to embed");
        };
        assertThat(SemanticSupport.revise(report, "The lock has a hoop.", never)).isSameAs(report);
    }
}
