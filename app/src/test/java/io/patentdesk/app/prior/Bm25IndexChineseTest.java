package io.patentdesk.app.prior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * BM25 over Chinese passages with SmartCN word segmentation, on real CNIPA text from {@code ../shared/corpus/cn-claims}
 * (skipped when absent): each application's claim 1 against the abstracts of all of them.
 */
class Bm25IndexChineseTest {
    /** Applications taken, in file order: enough for chance to be far below what is asserted (1/N). */
    static final int SETS = 120;

    record Application(String id, String claim1, String abstractText) {
    }

    static List<Application> applications() throws Exception {
        Path corpus = io.patentdesk.app.SharedCorpus.dir().map(d -> d.resolve("cn-claims/cn-claims-000.jsonl"))
                .filter(Files::isRegularFile).orElse(null);
        assumeTrue(corpus != null, "no ../shared/corpus/cn-claims");
        ObjectMapper json = new ObjectMapper();
        List<Application> out = new ArrayList<>();
        for (String line : Files.readAllLines(corpus)) {
            JsonNode r = json.readTree(line);
            String abs = r.path("abstract").asText("");
            if (!abs.isBlank() && r.path("claims").size() > 0 && !r.path("notes").asText("").contains("NOISY")) {
                out.add(new Application(r.path("id").asText(), r.path("claims").get(0).asText(), abs));
            }
            if (out.size() == SETS) {
                break;
            }
        }
        return out;
    }

    @Test
    void chineseClaimsFindTheirOwnAbstractAmongOthersBySegmentedWords() throws Exception {
        List<Application> apps = applications();
        List<Passage> passages = new ArrayList<>();
        for (Application a : apps) {
            passages.add(new Passage(0, 0, null, a.abstractText()));
        }
        int first = 0;
        try (Bm25Index index = new Bm25Index(passages)) {
            for (int i = 0; i < apps.size(); i++) {
                List<Integer> hits = index.search(apps.get(i).claim1(), 3);
                first += !hits.isEmpty() && hits.get(0) == i ? 1 : 0;
            }
            double recallAt1 = first / (double) apps.size();
            System.out.printf("cn-claims: claim 1 -> own abstract, BM25 with SmartCN, recall@1 %.3f over %d%n",
                    recallAt1, apps.size());
            assertThat(recallAt1).isGreaterThanOrEqualTo(0.9);

            // Words, not characters: the terms of a Chinese element are SmartCN's multi-character words.
            assertThat(index.terms("一种近水平薄矿体智能掘进机机械开采方法")).contains("矿体", "掘进", "开采", "方法");
            // Highlighting finds the element's words inside an unspaced passage, as written.
            assertThat(index.matchedWords(apps.get(0).abstractText(), "智能掘进机开采方法"))
                    .isNotEmpty().allMatch(w -> apps.get(0).abstractText().contains(w));
        }
    }

    @Test
    void eachPassageIsAnalysedForItsScript() {
        List<Passage> passages = List.of(
                new Passage(0, 0, null, "本发明公开了一种自行车锁，包括U形锁梁和锁体，锁体内设有弹簧锁舌。"),
                new Passage(0, 0, null, "The bicycle lock has a U-shaped shackle and a spring-loaded latch in its body."),
                new Passage(0, 0, null, "一种咖啡机，包括水泵和加热器，水泵以九巴的压力输送热水。"));
        try (Bm25Index index = new Bm25Index(passages)) {
            assertThat(index.search("锁体内的弹簧锁舌", 3)).first().isEqualTo(0);
            assertThat(index.search("a latch loaded by a spring", 3)).containsExactly(1);
            // "locks" stems to the English passage's "lock"; the Chinese passages have no Latin words to match.
            assertThat(index.search("locks", 3)).containsExactly(1);
            assertThat(index.matchedWords(passages.get(1).text(), "latches and locks")).containsExactly("lock", "latch");
        }
    }
}
