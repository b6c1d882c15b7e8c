package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One Analyzer serves many threads at once (the editor analyzes while the CLI or a batch job runs). */
class AnalyzerConcurrencyTest {

    @Test
    void concurrentAnalysesGiveTheSameReport() {
        Analyzer analyzer = new Analyzer();
        Document doc = Document.of("Lamp", "A lamp.", "The lamp has a bulb 12 and a seat 12.",
                "1. A lamp comprising a socket.\n2. The lamp of claim 1, wherein the bulb is substantially red.\n"
                        + "3. The lamp of claim 1 or 2, wherein the gear turns.");
        List<Finding> expected = analyzer.analyze(doc).findings();
        assertThat(expected).hasSizeGreaterThan(3);
        List<List<Finding>> results = IntStream.range(0, 400).parallel()
                .mapToObj(i -> analyzer.analyze(doc).findings()).toList();
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }
}
