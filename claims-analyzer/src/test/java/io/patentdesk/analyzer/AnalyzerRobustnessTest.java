package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The editor analyzes whatever is typed, on every pause: no input may make the analyzer throw. */
class AnalyzerRobustnessTest {

    private static final Analyzer ANALYZER = new Analyzer();

    @Provide
    Arbitrary<String> halfTypedClaims() {
        Arbitrary<String> pieces = Arbitraries.of("1.", "2 .", "3)", "Claim 4:", "0.", "99999.", " claim ", " claims ",
                "1 or 2", "1 and 2", "1-3", "any preceding claim", " the ", " said ", " a ", " an ", "first ",
                "second ", "gear", "lever", "(12)", "(", ")", ".", ",", ";", ":", "\n", "\r\n", " ", "about 5",
                "means for", "module configured to", "FIG. 1", "1.5", "comprising", "wherein", "—", "é", "\u00a0",
                "What is claimed is:", "CLAIMS", "the the", "said said", "-", "'", "\t", "TITLE\n", "ABSTRACT\n");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void neverThrowsAndKeepsOffsetsInsideTheText(@ForAll("halfTypedClaims") String text) {
        Document doc = Document.of(text, text, text, text);
        Report r = ANALYZER.analyze(doc);
        for (Finding f : r.findings()) {
            assertThat(f.end()).isLessThanOrEqualTo(doc.text(f.part()).length());
            assertThat(f.start()).isLessThanOrEqualTo(f.end());
        }
        for (Claim c : r.claims().claims()) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
        }
    }

    @Property(tries = 300)
    void anyStringAtAll(@ForAll String text) {
        Report r = ANALYZER.analyze(Document.of("", "", text, text));
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(text.length()));
        assertThat(r.fees().totalClaims()).isEqualTo(r.claims().size());
    }

    @Property(tries = 200)
    void readerParsesOrRefusesAnyText(@ForAll("halfTypedClaims") String text) {
        try {
            Document d = DocumentReader.parse(text);
            assertThat(List.of(Document.Format.CLAIMS_TEXT, Document.Format.SECTIONED_TEXT)).contains(d.format());
            for (Part p : Part.values()) {
                assertThat(text.substring(d.origin(p), d.origin(p) + d.text(p).length())).isEqualTo(d.text(p));
            }
        } catch (DocumentException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }
}
