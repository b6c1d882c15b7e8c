package io.patentdesk.app.amend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.analyzer.ClaimStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Granted US claim sets (corpus {@code us-fulltext}) amended as a response would: claim 1 narrowed, claim 2 canceled,
 * a new dependent claim. The listing must give each claim its status, show claim 1's old and new words exactly, and
 * read back through the analyzer's parser with the same numbers and statuses. Skips when the corpus is absent.
 */
class CorpusAmendmentTest {
    private static final Path CORPUS = Path.of("../../shared/corpus/us-fulltext");
    private static final String NARROWING = ", wherein each element is removable";

    @Test
    void realClaimSetsAmendedGiveAListingThatReadsBack() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus absent: " + CORPUS.toAbsolutePath());
        int checked = 0;
        for (List<String> claims : claimSets()) {
            String older = String.join("\n", claims);
            ClaimSet filed = ClaimSet.parse(older);
            int n = filed.size();
            if (n < 4 || !numberedOneTo(filed, n) || !claims.getFirst().strip().endsWith(".")) {
                continue;
            }
            List<String> amended = new ArrayList<>(claims);
            String one = claims.getFirst().strip();
            amended.set(0, one.substring(0, one.length() - 1) + NARROWING + ".");
            amended.remove(1);
            amended.add((n + 1) + ". The subject matter of claim 1, wherein the elements are made of steel.");
            ClaimListing listing = ClaimListing.between(older, String.join("\n", amended));

            assertThat(listing.claims()).extracting(ListedClaim::number).as(one)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, n + 1).boxed().toList());
            List<ClaimStatus> statuses = listing.claims().stream().map(ListedClaim::status).toList();
            assertThat(statuses.get(0)).isEqualTo(ClaimStatus.CURRENTLY_AMENDED);
            assertThat(statuses.get(1)).isEqualTo(ClaimStatus.CANCELED);
            assertThat(statuses.subList(2, n)).containsOnly(ClaimStatus.ORIGINAL);
            assertThat(statuses.get(n)).isEqualTo(ClaimStatus.NEW);
            ListedClaim first = listing.claims().getFirst();
            assertThat(first.text()).filteredOn(p -> p.kind() == Piece.Kind.ADDED).extracting(Piece::text)
                    .containsExactly(NARROWING);
            assertThat(first.text()).noneMatch(p -> p.kind() == Piece.Kind.DELETED);
            assertThat(first.amendedText()).isEqualTo(filed.get(1).orElseThrow().content().strip()
                    .replaceAll("\\s+", " ").replaceFirst("\\.$", NARROWING + "."));

            ClaimSet read = ClaimSet.parse(ClaimListingText.render(listing));
            assertThat(read.claims()).extracting(Claim::number).as(one)
                    .containsExactlyElementsOf(listing.claims().stream().map(ListedClaim::number).toList());
            assertThat(read.claims()).extracting(Claim::status).as(one).containsExactlyElementsOf(statuses);
            checked++;
        }
        assertThat(checked).as("claim sets checked (211 when written)").isGreaterThanOrEqualTo(200);
    }

    private static boolean numberedOneTo(ClaimSet set, int n) {
        for (int i = 0; i < n; i++) {
            if (set.claims().get(i).number() != i + 1 || set.claims().get(i).status() != ClaimStatus.NONE) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> claimSets() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<List<String>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    JsonNode claims = json.readTree(line).path("claims");
                    List<String> set = new ArrayList<>();
                    claims.forEach(c -> set.add(c.asText()));
                    out.add(set);
                }
            }
        }
        return out;
    }
}
