package io.patentdesk.app.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.app.SharedCorpus;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Properties of the drafting on every independent claim of the real US full texts in the shared corpus. */
class DraftingOnCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> claimSets() throws Exception {
        Optional<Path> dir = SharedCorpus.dir().map(d -> d.resolve("us-fulltext"));
        assumeTrue(dir.isPresent() && Files.isDirectory(dir.get()), "shared corpus absent");
        List<String> sets = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.get())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                try (BufferedReader r = Files.newBufferedReader(f)) {
                    for (String line; (line = r.readLine()) != null; ) {
                        JsonNode rec = JSON.readTree(line);
                        List<String> claims = new ArrayList<>();
                        rec.path("claims").forEach(c -> claims.add(c.asText().strip()));
                        sets.add(String.join("\n", claims));
                    }
                }
            }
        }
        return sets;
    }

    @Test
    void everyAspectRepeatsItsClaimsBodyVerbatimAndSkeletonsKeepEveryStep() throws Exception {
        int aspects = 0;
        int skeletons = 0;
        for (String text : claimSets()) {
            ClaimSet set = ClaimSet.parse(text);
            List<String> drafted = SummaryDrafter.aspects(text);
            assertThat(drafted).hasSize((int) set.claims().stream().filter(Claim::isIndependent).count());
            int i = 0;
            for (Claim c : set.claims()) {
                if (!c.isIndependent()) {
                    continue;
                }
                String body = ClaimElements.normalize(c.body().of(text)).replaceFirst("^[:,]\\s*", "")
                        .replaceFirst("[.\\s]+$", "");
                assertThat(drafted.get(i++)).as(c.text()).contains(body);
                aspects++;
                var steps = ClaimOperations.of(c, text);
                for (ClaimSkeleton k : ClaimSkeletons.from(c, text)) {
                    skeletons++;
                    steps.ifPresent(s -> s.forEach(step -> assertThat(ClaimElements.normalize(k.text()))
                            .as(c.text()).contains(step)));
                }
            }
        }
        assertThat(aspects).isGreaterThan(500);
        assertThat(skeletons).isGreaterThan(300);
    }
}
