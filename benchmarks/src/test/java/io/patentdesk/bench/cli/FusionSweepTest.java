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
    }
}
