package io.patentdesk.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patentdesk.analyzer.Document;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every claim set of the shared corpus: JSONL records ({@code id, title, abstract, description, claims[]}, with
 * optional {@code date}, {@code lang}, {@code claims_lang}) and the one-claim TSV rows. Claims without a number label
 * get "N. " so that a set reads as the claims text a user would paste.
 */
public final class CorpusClaimSets {

    /**
     * One record as a document.
     *
     * @param claims     how many claim entries the record holds (a canceled range "1 .- 5 . (canceled)" is one)
     * @param date       the record's date as written ("20120103", "2014-07-22"), or "" when it has none
     * @param claimsLang the language of the claims ({@code claims_lang}, else {@code lang}), or "" when unknown
     */
    public record Entry(String folder, String id, Document document, int claims, String date, String claimsLang) {
        /** US grants (B1/B2, E, H, P, S kinds) are examined; published applications (A1/A2/A9) are not. */
        public boolean granted() {
            return id.startsWith("US") && !APPLICATION.matcher(id).find();
        }
    }

    private static final Pattern APPLICATION = Pattern.compile("(A\\d?$|^US\\d{11}$)");
    /** A number label: "1.", "2 .", "3)", or a range of canceled claims in either spacing ("1 .- 15 .", "1 - 15 ."). */
    /** A claim's own label: group 1 its number, group 2 the last number of a range ("1 - 5 . (canceled)"). */
    private static final Pattern LABEL = Pattern.compile("^\\s*(\\d{1,5})\\s*(?:\\.?\\s*-\\s*(\\d{1,5})\\s*\\.|[.)])");
    /**
     * An element that opens with a claims heading ("WHAT IS CLAIMED IS: 1. A", "CLAIMS1. A", "Claim 1 A"): a whole
     * claim set as extracted from a PDF, whose labels the parser finds; it gets no number of its own.
     */
    private static final Pattern HEADED = Pattern.compile("(?i)^[\\W&&[^(]]*(?:what\\s|(?:i|we)\\s+claim|the\\s+invention"
            + "\\s+claimed|(?:amended\\s+)?claims?|(?:patent)?anspr\u00fcche|revendications|reivindicaciones)");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CorpusClaimSets() {}

    public static List<Entry> read(Path corpus) throws IOException {
        return read(corpus, folder -> true);
    }

    /** The records of the top-level folders {@code wanted} accepts; the others are not read at all. */
    static List<Entry> read(Path corpus, Predicate<String> wanted) throws IOException {
        List<Entry> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".jsonl") || n.endsWith(".tsv");
            }).filter(p -> corpus.relativize(p).getNameCount() > 1
                    && wanted.test(corpus.relativize(p).getName(0).toString())).sorted().toList();
        }
        for (Path f : files) {
            String folder = corpus.relativize(f).getName(0).toString();
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    Entry e = f.toString().endsWith(".tsv") ? tsv(folder, line) : json(folder, line);
                    if (e != null) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    private static Entry json(String folder, String line) throws IOException {
        JsonNode r = MAPPER.readTree(line);
        JsonNode claims = r.path("claims");
        if (!claims.isArray() || claims.isEmpty()) {
            return null;
        }
        List<String> list = new ArrayList<>();
        claims.forEach(c -> list.add(c.asText()));
        String lang = r.path("claims_lang").asText("");
        return new Entry(folder, r.path("id").asText(), Document.of(r.path("title").asText(),
                r.path("abstract").asText(), r.path("description").asText(), claimsText(list)), list.size(),
                r.path("date").asText(""), lang.isEmpty() ? r.path("lang").asText("") : lang);
    }

    private static Entry tsv(String folder, String line) {
        int tab = line.indexOf('\t');
        if (tab < 0 || line.substring(tab + 1).isBlank()) {
            return null;
        }
        return new Entry(folder, line.substring(0, tab), Document.ofClaims(claimsText(List.of(line.substring(tab + 1)))), 1,
                "", "");
    }

    /**
     * The claims as one text. An element without a label (its opening was lost in scraping) is numbered after the
     * label before it, not by its position: after "1 - 5 . (canceled)" the next unlabelled element is claim 6.
     */
    static String claimsText(List<String> claims) {
        StringBuilder sb = new StringBuilder();
        int next = 1;
        for (int i = 0; i < claims.size(); i++) {
            String c = claims.get(i).strip();
            java.util.regex.Matcher m = LABEL.matcher(c);
            if (m.find()) {
                next = Integer.parseInt(m.group(m.group(2) != null ? 2 : 1)) + 1;
            } else if (i == 0 && HEADED.matcher(c).lookingAt()) {
                next = 2; // the parser reads the heading and the labels after it
            } else {
                c = next++ + ". " + c;
            }
            sb.append(i == 0 ? "" : "\n").append(c);
        }
        return sb.toString();
    }
}
