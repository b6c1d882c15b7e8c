package io.patentdesk.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The hand-marked retrieval set: it parses, it is the size the docs give, and it matches the shared corpus. */
class PriorArtLabelsTest {
    /** The shared corpus beside the repository (tests run in the module's folder), if this machine has it. */
    static Path corpus() {
        for (String c : new String[] {"../../shared/corpus", "../shared/corpus"}) {
            if (Files.isDirectory(Path.of(c, PriorArtCorpus.FOLDER))) {
                return Path.of(c);
            }
        }
        return null;
    }

    @Test
    void theShippedSetParsesAndHoldsTheDocumentedElements() {
        List<PriorArtLabels.Label> labels = PriorArtLabels.load();
        assertThat(labels).hasSize(76);
        assertThat(labels.stream().map(PriorArtLabels.Label::record).distinct()).hasSize(20);
        Set<String> keys = new HashSet<>();
        for (PriorArtLabels.Label l : labels) {
            assertThat(keys.add(l.record() + "/" + l.claim() + "/" + l.element())).as("marked twice: %s", l).isTrue();
            assertThat(l.marked()).as("%s marks nothing", l).isNotEmpty();
        }
    }

    @Test
    void everyLabelMatchesItsRecordInTheSharedCorpus() throws Exception {
        Path corpus = corpus();
        Assumptions.assumeTrue(corpus != null, "no ../shared/corpus/us-fulltext on this machine");
        Map<String, PriorArtCorpus.Patent> byId = PriorArtCorpus.read(corpus).stream()
                .collect(Collectors.toMap(PriorArtCorpus.Patent::id, Function.identity()));
        List<PriorArtLabels.Label> labels = PriorArtLabels.load();
        assertThat(PriorArtLabels.mismatches(labels, byId)).isEmpty();
        for (PriorArtLabels.Label l : labels) {
            String element = PriorArtLabels.elements(byId.get(l.record()), l.claim()).get(l.element()).text();
            assertThat(element.split("\\s+")).as("too short to be a query: %s", element)
                    .hasSizeGreaterThanOrEqualTo(PriorArtBenchCommand.MIN_QUERY_WORDS);
        }
    }

    static final PriorArtCorpus.Patent BOX = new PriorArtCorpus.Patent("US00000001B1",
            List.of("1. A storage box comprising: a box body; a lid; and a hinge connecting the lid to the box body."),
            """
            The present invention relates to a storage box for hand tools.

            A lid is joined to the box body by a hinge so that the lid swings open.
            A battery is charged by a small solar cell on the lid surface.
            """);

    @Test
    void aLabelThatNoLongerMatchesItsRecordIsReportedWhere() {
        List<PriorArtLabels.Label> labels = PriorArtLabels.parse(List.of(
                "US00000001B1\t1\t3\ta hinge connecting\t2=A lid is | 3=A battery is",
                "US00000001B1\t1\t3\ta latch\t2=A lid is",
                "US00000001B1\t1\t9\ta hinge\t2=A lid is",
                "US00000001B1\t1\t3\ta hinge\t3=A lid is | 4=Anything",
                "US99999999B1\t1\t0\tA box\t1=The"));
        assertThat(PriorArtLabels.mismatches(labels, Map.of(BOX.id(), BOX))).containsExactly(
                "US00000001B1 claim 1 element 3: the element does not begin \"a latch\"",
                "US00000001B1 claim 1 element 9: the claim has 4 elements",
                "US00000001B1 claim 1 element 3: paragraph 3 does not begin \"A lid is\"",
                "US00000001B1 claim 1 element 3: paragraph 4 is beyond the description's 3",
                "US99999999B1 claim 1 element 0: no such usable record in the corpus");
    }

    @Test
    void aMalformedLineNamesItsNumber() {
        assertThatThrownBy(() -> PriorArtLabels.parse(List.of("# comment", "", "US1\t1\t0\tA box")))
                .hasMessageContaining("line 3").hasMessageContaining("5 tab-separated columns");
        assertThatThrownBy(() -> PriorArtLabels.parse(List.of("US1\t1\t0\tA box\t2=A | 2=B")))
                .hasMessageContaining("line 1").hasMessageContaining("paragraph 2");
        assertThatThrownBy(() -> PriorArtLabels.parse(List.of("US1\tone\t0\tA box\t2=A")))
                .hasMessageContaining("line 1");
    }

    @Test
    void withoutTheCorpusTheBenchSaysItSkipped(@org.junit.jupiter.api.io.TempDir Path empty) {
        CliRun run = CliRun.run("prior-art-bench", "--labelled", "--corpus", empty.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("prior-art-bench skipped: no corpus at").contains(empty.toString());
        assertThat(run.out()).isEmpty();
    }
}
