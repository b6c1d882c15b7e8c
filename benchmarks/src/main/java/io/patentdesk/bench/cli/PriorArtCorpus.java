package io.patentdesk.bench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Utility patents of the corpus's {@code us-fulltext/} with a real description (at least {@link #MIN_DESCRIPTION}
 * characters) and claims, in file order: the material of the prior-art benchmark.
 */
final class PriorArtCorpus {
    static final String FOLDER = "us-fulltext";
    static final int MIN_DESCRIPTION = 4000;

    /** One patent: its number, its claims as printed (claim 1 first) and its description. */
    record Patent(String id, List<String> claims, String description) {
    }

    private PriorArtCorpus() {
    }

    static List<Patent> read(Path corpus) throws IOException {
        Path dir = corpus.resolve(FOLDER);
        List<Patent> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    JsonNode n = mapper.readTree(line);
                    String id = n.path("id").asText();
                    String description = n.path("description").asText("");
                    List<String> claims = new ArrayList<>();
                    n.path("claims").forEach(c -> claims.add(c.asText()));
                    if (!id.startsWith("USD") && !claims.isEmpty() && description.length() >= MIN_DESCRIPTION) {
                        out.add(new Patent(id, claims, description));
                    }
                }
            }
        }
        return out;
    }
}
