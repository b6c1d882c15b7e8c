package io.patentdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledClaimSetsTest {

    /** The committed evaluation set, seen from the app module's folder (where Maven runs its tests). */
    static final Path COMMITTED = Path.of("..").resolve(AnalyzerEvalCommand.DEFAULT_SET);
    static final Path CORPUS = Path.of("../../shared/corpus");
    private static final Pattern CLAIM_LABEL = Pattern.compile("^(\\d{1,5})\\s*\\.");

    @TempDir
    Path dir;

    @Test
    void theCommittedSetIsWholeAndEveryLabelPointsAtItsPhraseInItsClaim() throws IOException {
        List<LabelledClaimSet> sets = LabelledClaimSets.read(COMMITTED);
        assertThat(sets.stream().mapToInt(s -> s.labelledClaims().size()).sum()).isGreaterThanOrEqualTo(200);
        for (LabelledClaimSet s : sets) {
            // one claim per line: which line (claim) each offset falls in, independent of the analyzer's parser
            Map<Integer, int[]> lines = new HashMap<>();
            int pos = 0;
            for (String line : s.claims().split("\n", -1)) {
                Matcher m = CLAIM_LABEL.matcher(line);
                if (m.find()) {
                    lines.put(Integer.parseInt(m.group(1)), new int[] {pos, pos + line.length()});
                }
                pos += line.length() + 1;
            }
            for (ProblemLabel l : s.labels()) {
                assertThat(s.claims().substring(l.start(), l.end())).isEqualTo(l.phrase());
                int[] span = lines.get(l.claim());
                assertThat(span).as(s.id() + " claim " + l.claim()).isNotNull();
                assertThat(l.start()).as(s.id() + " " + l.phrase()).isBetween(span[0], span[1]);
                assertThat(l.end()).isLessThanOrEqualTo(span[1]);
                assertThat(l.reason()).isNotBlank();
            }
            assertThat(lines.keySet()).as(s.id()).containsAll(s.labelledClaims());
            assertThat(lines.keySet()).as(s.id()).containsAll(s.excluded().keySet());
        }
    }

    @Test
    void theCommittedClaimsTextIsWhatTheCorpusReaderGivesForThatRecord() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "shared corpus not present");
        List<LabelledClaimSet> sets = LabelledClaimSets.read(COMMITTED);
        Map<String, String> corpusText = new HashMap<>();
        for (CorpusClaimSets.Entry e : CorpusClaimSets.read(CORPUS,
                f -> sets.stream().anyMatch(s -> s.folder().equals(f)))) {
            corpusText.put(e.folder() + "/" + e.id(), e.document().claims());
        }
        for (LabelledClaimSet s : sets) {
            assertThat(s.claims()).as(s.id()).isEqualTo(corpusText.get(s.folder() + "/" + s.id()));
        }
    }

    @Test
    void aLabelWhoseOffsetsMissItsPhraseIsRefusedWithTheLine() throws IOException {
        Path f = write("""
                {"id": "X1", "folder": "f", "kind": "grant", "claims": "1. A lamp with the cap.", "labelledClaims": [1], "clean": [], "labels": [{"claim": 1, "phrase": "the cap", "start": 3, "end": 10, "kind": "no-antecedent", "confidence": "certain", "reason": "r"}]}
                """);
        assertThatThrownBy(() -> LabelledClaimSets.read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining("line 1").hasMessageContaining("do not point at \"the cap\"");
    }

    @Test
    void aJudgedClaimWithNeitherLabelsNorCleanIsRefused() throws IOException {
        Path f = write("""
                {"id": "X1", "folder": "f", "kind": "grant", "claims": "1. A lamp.\\n2. The lamp of claim 1.", "labelledClaims": [1, 2], "clean": [1], "labels": []}
                """);
        assertThatThrownBy(() -> LabelledClaimSets.read(f)).hasMessageContaining("must split labelledClaims");
    }

    @Test
    void anUnknownKindIsRefused() throws IOException {
        Path f = write("""
                {"id": "X1", "folder": "f", "kind": "grant", "claims": "1. A lamp with the cap.", "labelledClaims": [1], "clean": [], "labels": [{"claim": 1, "phrase": "the cap", "start": 15, "end": 22, "kind": "typo", "confidence": "certain", "reason": "r"}]}
                """);
        assertThatThrownBy(() -> LabelledClaimSets.read(f)).hasMessageContaining("unknown kind typo");
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> LabelledClaimSets.read(dir.resolve("none.jsonl")))
                .hasMessageContaining("does not exist");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("set.jsonl"), text);
    }
}
