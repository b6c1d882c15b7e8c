package io.patentdesk.app.prior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.ProviderChoice;
import io.patentdesk.inference.embed.SentenceEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library with the real bundled encoder. */
class PassageLibraryTest {
    static SentenceEmbedder encoder;

    @BeforeAll
    static void open() throws Exception {
        encoder = BundledEncoder.open(EngineOptions.defaults().withProvider(ProviderChoice.CPU));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    static ReferenceText ref(String name, String... paragraphs) {
        List<ReferenceParagraph> ps = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            ps.add(new ReferenceParagraph(i + 1, "[%04d]".formatted(i + 1), paragraphs[i]));
        }
        return new ReferenceText(Path.of(name), paragraphs.length, ps);
    }

    static final ReferenceText LOCK = ref("lock.pdf",
            "The hoop is bent from hardened steel and its free end is held in the housing by a spring latch.",
            "A key turns the cylinder, which withdraws the latch so the hoop can be pulled out of the housing.",
            "The housing is painted black and carries the maker's name on its front face.");
    static final ReferenceText COFFEE = ref("coffee.pdf",
            "Hot water is forced through ground coffee beans under a pressure of nine bar.",
            "The portafilter holds the compacted grounds while the pump runs for twenty-five seconds.");

    @Test
    void denseFindsAParaphraseWithoutSharedWordsThatBm25Misses() {
        try (PassageLibrary lib = PassageLibrary.build(List.of(LOCK, COFFEE), encoder::embed, IndexProgress.NONE)) {
            String element = "an appliance driving heated liquid across milled roasted seeds";
            assertThat(lib.search(element, RetrievalMode.BM25, 5)).isEmpty(); // no word in common after stemming
            List<PassageLibrary.Hit> dense = lib.search(element, RetrievalMode.DENSE, 1);
            assertThat(dense).extracting(h -> h.passage().reference()).containsExactly(1, 0);
            List<PassageLibrary.Hit> hybrid = lib.search(element, RetrievalMode.HYBRID, 1);
            assertThat(hybrid).extracting(h -> h.passage().reference()).containsExactly(1, 0); // best of each
            assertThat(hybrid.get(0).passage().paragraph()).isEqualTo("[0001]");
        }
    }

    @Test
    void hybridRanksByBothAndReportsProgress() {
        List<int[]> progress = new ArrayList<>();
        try (PassageLibrary lib = PassageLibrary.build(List.of(LOCK, COFFEE), encoder::embed,
                (done, total) -> progress.add(new int[] {done, total}))) {
            List<PassageLibrary.Hit> hits = lib.search("a pump forcing water through coffee grounds",
                    RetrievalMode.HYBRID, 2);
            assertThat(hits.get(0).passage().reference()).isEqualTo(1);
            assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
            assertThat(progress.get(progress.size() - 1)).containsExactly(5, 5);
        }
    }

    @Test
    void hybridScoresAreTheFusionsAndOneIndexAloneGivesItsOwnScores() {
        try (PassageLibrary lib = PassageLibrary.build(List.of(LOCK, COFFEE), encoder::embed, IndexProgress.NONE)) {
            String query = "a pump forcing water through the coffee grounds";
            PassageLibrary.Rankings r = lib.rankings(query, RetrievalMode.HYBRID);
            assertThat(lib.search(query, RetrievalMode.HYBRID, Integer.MAX_VALUE)).extracting(PassageLibrary.Hit::score)
                    .containsExactlyElementsOf(PassageLibrary.FUSION.fuse(r.lexical(), r.semantic()).stream()
                            .map(ScoredPassage::score).toList());
            // BM25 alone: Lucene's scores (positive, unbounded); dense alone: cosines.
            List<PassageLibrary.Hit> bm25 = lib.search(query, RetrievalMode.BM25, Integer.MAX_VALUE);
            assertThat(bm25).extracting(PassageLibrary.Hit::score)
                    .containsExactlyElementsOf(r.lexical().stream().map(ScoredPassage::score).toList())
                    .allMatch(s -> s > 0);
            List<PassageLibrary.Hit> dense = lib.search(query, RetrievalMode.DENSE, Integer.MAX_VALUE);
            assertThat(dense).hasSize(lib.passages().size()).extracting(PassageLibrary.Hit::score)
                    .allMatch(s -> s > -1.0001 && s < 1.0001)
                    .isSortedAccordingTo((a, b) -> Double.compare(b, a));
            assertThat(dense.get(0).score()).isCloseTo(cosine(encoder.embed(List.of(query))[0],
                    lib.vector(dense.get(0).index())), org.assertj.core.api.Assertions.within(1e-5));
        }
    }

    private static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void anInterruptedBuildStops() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> PassageLibrary.build(List.of(LOCK), encoder::embed, IndexProgress.NONE))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
