package io.patentdesk.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.app.prior.BundledEncoder;
import io.patentdesk.app.prior.IndexProgress;
import io.patentdesk.app.prior.PassageLibrary;
import io.patentdesk.app.prior.ReferenceParagraph;
import io.patentdesk.app.prior.ReferenceText;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.embed.SentenceEmbedder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep's figures on two constructed references, with the bundled encoder. */
class FusionSweepTest {
    @Test
    void eachSettingIsScoredAgainstTheQuerysOwnReference() throws Exception {
        ReferenceText bike = new ReferenceText(Path.of("bike"), 0, List.of(
                new ReferenceParagraph(0, "1", "A bicycle frame is made of welded aluminium tubes and carries the saddle."),
                new ReferenceParagraph(0, "2", "The chain drives the rear wheel through a derailleur with eleven sprockets.")));
        ReferenceText kettle = new ReferenceText(Path.of("kettle"), 0, List.of(
                new ReferenceParagraph(0, "1", "An electric kettle boils water with a heating element in its base plate.")));
        ObjectNode o = new ObjectMapper().createObjectNode();
        try (SentenceEmbedder encoder = BundledEncoder.open(EngineOptions.defaults());
                PassageLibrary lib = PassageLibrary.build(List.of(bike, kettle), encoder::embed, IndexProgress.NONE)) {
            // The second query is asked as if it came from the bike: every ranking puts the kettle first, so wrong.
            new FusionSweep(lib, List.of("a welded aluminium bicycle frame", "an electric kettle with a heating element"),
                    List.of(0, 0)).run(o);
        }
        assertThat(o.get("queries").asInt()).isEqualTo(2);
        // BM25 ranks only passages sharing a word: the bike query finds one bike passage, the kettle query none of
        // the bike's. Own share of the top 3: (1/3 + 0) / 2.
        assertThat(o.at("/bm25/recallAt1").asDouble()).isEqualTo(0.5);
        assertThat(o.at("/bm25/ownShareOfTop3").asDouble()).isEqualTo(0.167);
        assertThat(o.at("/dense/recallAt1").asDouble()).isEqualTo(0.5);
        // BM25's order, then dense's: each top 3 holds all three passages, two of them the bike's.
        assertThat(o.at("/bm25DenseFill/recallAt1").asDouble()).isEqualTo(0.5);
        assertThat(o.at("/bm25DenseFill/recallAt3").asDouble()).isEqualTo(1.0);
        assertThat(o.at("/bm25DenseFill/ownShareOfTop3").asDouble()).as("2 of 3 for each query").isEqualTo(0.667);
        JsonNode grid = o.get("hybrid");
        assertThat(grid).hasSize(FusionSweep.GRID.size());
        for (JsonNode s : grid) {
            assertThat(s.get("recallAt1").asDouble()).as(s.toString()).isEqualTo(0.5);
            // The kettle query's top 3 holds both bike passages at most (dense ranks all three).
            assertThat(s.get("recallAt3").asDouble()).as(s.toString()).isEqualTo(1.0);
        }
        assertThat(grid.get(0).get("k").asInt()).isEqualTo(10);
        assertThat(grid.get(0).get("lexicalWeight").asDouble()).isEqualTo(1.0);
        JsonNode scored = o.get("scoreFusion");
        assertThat(scored).hasSize(FusionSweep.SCORE_GRID.size());
        for (JsonNode s : scored) {
            assertThat(s.get("recallAt1").asDouble()).as(s.toString()).isEqualTo(0.5);
            assertThat(s.get("recallAt3").asDouble()).as(s.toString()).isEqualTo(1.0);
        }
        assertThat(scored.get(0).get("normalization").asText()).isEqualTo("MIN_MAX");
        assertThat(scored.get(0).get("combination").asText()).isEqualTo("SUM");
        assertThat(scored.get(0).get("lexicalWeight").asDouble()).isEqualTo(0.1);
        assertThat(o.get("bestRankFusion").has("k")).isTrue();
        assertThat(o.get("bestScoreFusion").has("normalization")).isTrue();
    }

    private static ObjectNode figures(double at1, double at3, double share10, double share3) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("recallAt1", at1);
        o.put("recallAt3", at3);
        o.put("ownShareOfTop10", share10);
        o.put("ownShareOfTop3", share3);
        return o;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
            "recall@1 first whatever else,          0.996, 0.9, 0.1, 0.1,  0.992, 1.0, 0.9, 0.9,  true",
            "then recall@3,                          0.99, 1.0, 0.1, 0.1,  0.99, 0.996, 0.9, 0.9,  true",
            "then the top-10 share,                  0.99, 1.0, 0.95, 0.1, 0.99, 1.0, 0.949, 0.9,  true",
            "then the top-3 share,                   0.99, 1.0, 0.95, 0.98, 0.99, 1.0, 0.95, 0.97, true",
            "worse at recall@1 loses,                0.99, 1.0, 0.99, 0.99, 0.992, 0.9, 0.1, 0.1,  false",
            "a tie keeps the setting found first,    0.99, 1.0, 0.95, 0.98, 0.99, 1.0, 0.95, 0.98, false"})
    void settingsAreChosenByRecallAt1ThenRecallAt3ThenShares(String why, double a1, double a3, double a10,
            double aShare3, double b1, double b3, double b10, double bShare3, boolean better) {
        assertThat(FusionSweep.better(figures(a1, a3, a10, aShare3), figures(b1, b3, b10, bShare3))).isEqualTo(better);
    }
}
