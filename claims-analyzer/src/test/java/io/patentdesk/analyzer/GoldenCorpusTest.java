package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests on real claim sets from ../shared/corpus (skipped when it is absent): the claim structure and every
 * finding (rule, claim, underlined text) must match the reviewed expectation in {@code golden/NAME.txt}. Run with
 * {@code -Dgolden.update=true} to rewrite the expectations after a deliberate change, then review the diff.
 */
class GoldenCorpusTest {

    static final Path CORPUS = Path.of("../../shared/corpus");

    @ParameterizedTest
    @ValueSource(strings = {"xml-samples/go-uspto/grant/v4-5-B2.xml", "xml-samples/go-uspto/application/v4-4-A1.xml",
        "xml-samples/PatentPublicData/xml2014/US08926509.xml", "us-fulltext#US06837525B2", "us-fulltext#US08087209B2",
        // real formats: a reissue deleting claims 2 and 3, EP claims followed by their German version, claims run
        // into one line as "2)", an application's canceled ranges, a scraped set with cut-off claims
        "patent-generator-fulltext#USRE038549E1", "patent-generator-fulltext#EP1566386B1",
        "patent-generator-fulltext#US20100276883A1", "grobid-ep-wo-us#US20050000155A1",
        "us-apps-2024-claims#US20240424832"})
    void matchesTheReviewedFindings(String source) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "shared corpus not present");
        Document doc = load(source);
        Report r = new Analyzer().analyze(doc);
        String actual = render(doc, r);
        String name = source.replaceAll("^.*[/#]", "").replace(".xml", "") + ".txt";
        Path file = Path.of("src/test/resources/io/patentdesk/analyzer/golden").resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file; create it with -Dgolden.update=true and review it").isRegularFile();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    static String render(Document doc, Report r) {
        StringBuilder sb = new StringBuilder();
        for (Claim c : r.claims().claims()) {
            sb.append("claim ").append(c.number()).append(' ').append(c.kind().id()).append(' ')
                    .append(c.references()).append(' ').append(c.category().id()).append(' ')
                    .append(c.transition()).append(c.status() == ClaimStatus.NONE ? "" : " " + c.status()).append('\n');
        }
        sb.append(r.fees()).append('\n');
        for (Finding f : r.findings()) {
            String text = doc.text(f.part());
            int origin = doc.origin(f.part());
            String span = text.substring(f.start() - origin, f.end() - origin);
            sb.append(f.rule()).append(' ').append(f.claim()).append(" [").append(span.length() > 60
                    ? span.substring(0, 60) + "..." : span).append("] ")
                    .append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append('/')
                    .append(f.confidence().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
        }
        return sb.toString();
    }

    static Document load(String source) throws IOException, DocumentException {
        int hash = source.indexOf('#');
        if (hash < 0) {
            return DocumentReader.read(CORPUS.resolve(source));
        }
        String id = source.substring(hash + 1);
        Pattern idPattern = Pattern.compile("\"id\": \"" + Pattern.quote(id) + "\"");
        try (var files = Files.list(CORPUS.resolve(source.substring(0, hash)))) {
            for (Path f : files.sorted().toList()) {
                try (BufferedReader br = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = br.readLine()) != null) {
                        if (idPattern.matcher(line).find()) {
                            return fromJson(line);
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("record " + id + " not in corpus");
    }

    private static Document fromJson(String line) throws IOException {
        JsonNode r = new ObjectMapper().readTree(line);
        List<String> claims = new ArrayList<>();
        r.path("claims").forEach(c -> claims.add(c.asText()));
        return Document.of(r.path("title").asText(), r.path("abstract").asText(), r.path("description").asText(),
                CorpusClaimTexts.claimsText(claims));
    }
}
