package io.patentdesk.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claim sets of one corpus folder as documents. A claim the source lost its number for gets the number after the
 * one before it ("1 .- 15 . (canceled)" then an unnumbered claim: 16), so a set reads as the text a user would paste.
 */
final class CorpusClaimTexts {

    record Entry(String id, Document document) {}

    private static final Pattern LABEL = Pattern.compile("^\\s*(\\d{1,5})\\s*[.)]");
    private static final Pattern RANGE = Pattern.compile("^\\s*\\d{1,5}\\s*\\.?\\s*[-\\u2013]\\s*(\\d{1,5})\\s*[.):]?\\s*\\(");

    private CorpusClaimTexts() {}

    static List<Entry> read(Path folder) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (JsonNode r : records(folder)) {
            List<String> claims = claims(r);
            if (!claims.isEmpty()) {
                out.add(new Entry(r.path("id").asText(), Document.of(r.path("title").asText(),
                        r.path("abstract").asText(), r.path("description").asText(), claimsText(claims))));
            }
        }
        return out;
    }

    /** Every record of the folder's JSONL files, files in name order. */
    static List<JsonNode> records(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                try (BufferedReader br = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = br.readLine()) != null) {
                        out.add(json.readTree(line));
                    }
                }
            }
        }
        return out;
    }

    /** A record's claims as the source lists them. */
    static List<String> claims(JsonNode record) {
        List<String> claims = new ArrayList<>();
        record.path("claims").forEach(c -> claims.add(c.asText()));
        return claims;
    }

    static String claimsText(List<String> claims) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (String claim : claims) {
            String c = claim.strip();
            Matcher range = RANGE.matcher(c);
            Matcher label = LABEL.matcher(c);
            if (range.find()) {
                last = Integer.parseInt(range.group(1));
            } else if (label.find()) {
                last = Integer.parseInt(label.group(1));
            } else {
                last++;
                c = last + ". " + c;
            }
            sb.append(sb.length() == 0 ? "" : "\n").append(c);
        }
        return sb.toString();
    }
}
