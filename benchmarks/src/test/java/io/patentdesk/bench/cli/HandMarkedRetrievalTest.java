package io.patentdesk.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.app.prior.BundledEncoder;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.embed.SentenceEmbedder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-marked evaluation on a constructed case whose figures are known, with the bundled encoder. */
class HandMarkedRetrievalTest {
    static final PriorArtCorpus.Patent BIKE = new PriorArtCorpus.Patent("US00000002B1",
            List.of("1. A bicycle comprising a frame."),
            """
            A bicycle frame is made of welded aluminium tubes and carries the saddle.
            The chain drives the rear wheel through a derailleur with eleven sprockets.
            """);
    static final PriorArtCorpus.Patent KETTLE = new PriorArtCorpus.Patent("US00000003B1",
            List.of("1. A kettle comprising a heating element."),
            "An electric kettle boils water with a heating element in its base plate.\n");

    @Test
    void aPassageOfAMarkedParagraphIsRightAndAnyOtherIsWrong() throws Exception {
        // The same element twice: once marked where it is disclosed (found first by every mode), once marked on a
        // paragraph that does not disclose it (never first). So recall@1 is 1/2 in every mode, and within its own
        // reference of three passages recall@3 is 1 under every fusion and dense, which rank every passage.
        List<PriorArtLabels.Label> labels = PriorArtLabels.parse(List.of(
                "US00000001B1\t1\t3\ta hinge connecting\t2=A lid is",
                "US00000001B1\t1\t3\ta hinge connecting\t3=A battery is"));
        HandMarkedRetrieval set = new HandMarkedRetrieval(labels,
                List.of(BIKE, PriorArtLabelsTest.BOX, KETTLE), 1);
        ObjectNode o = new ObjectMapper().createObjectNode();
        try (SentenceEmbedder encoder = BundledEncoder.open(EngineOptions.defaults())) {
            set.run(o, encoder::embed);
        }
        assertThat(o.get("labelledPatents").asInt()).isEqualTo(1);
        assertThat(o.get("distractors").asInt()).as("the first patent no label names").isEqualTo(1);
        assertThat(o.get("passages").asInt()).isEqualTo(3 + 2);
        assertThat(o.get("elements").asInt()).isEqualTo(2);
        for (String mode : HandMarkedRetrieval.FUSIONS) {
            assertThat(o.at("/" + mode + "/pooled/recallAt1").asDouble()).as(mode).isEqualTo(0.5);
            assertThat(o.at("/" + mode + "/ownReference/recallAt1").asDouble()).as(mode).isEqualTo(0.5);
        }
        // The second marking shares one word of five with the element ("lid"): it counts as reworded, the first
        // (hinge, lid, box, body) does not.
        assertThat(o.get("rewordedElements").asInt()).isEqualTo(1);
        for (String mode : HandMarkedRetrieval.FUSIONS) {
            assertThat(o.at("/" + mode + "/reworded/pooled/recallAt1").asDouble()).as(mode).isZero();
        }
        assertThat(o.at("/hybrid/ownReference/recallAt3").asDouble()).isEqualTo(1.0);
        assertThat(o.at("/hybridEqualWeights/ownReference/recallAt3").asDouble()).isEqualTo(1.0);
        assertThat(o.at("/hybridRankFusion/ownReference/recallAt3").asDouble()).isEqualTo(1.0);
        assertThat(o.at("/hybridScoreFusion/ownReference/recallAt3").asDouble()).isEqualTo(1.0);
        // Dense fills in whatever BM25 left unranked, so all three passages of the box are in its own list.
        assertThat(o.at("/bm25DenseFill/ownReference/recallAt3").asDouble()).isEqualTo(1.0);
        assertThat(o.at("/dense/ownReference/recallAt3").asDouble()).isEqualTo(1.0);
    }

    @Test
    void labelsThatDoNotMatchTheCorpusAreRefusedBeforeAnythingIsIndexed() {
        List<PriorArtLabels.Label> labels = PriorArtLabels.parse(List.of("US00000001B1\t1\t3\ta latch\t2=A lid is"));
        assertThatThrownBy(() -> new HandMarkedRetrieval(labels, List.of(PriorArtLabelsTest.BOX), 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not match the corpus (1 problems)")
                .hasMessageContaining("the element does not begin \"a latch\"");
    }
}
