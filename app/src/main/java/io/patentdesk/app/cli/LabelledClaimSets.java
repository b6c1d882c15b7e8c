package io.patentdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the hand-labelled evaluation set (one JSON object per line, see {@code eval/README.md}) and checks that it is
 * whole: every label's offsets point at its phrase, and every judged claim is either clean or has labels. A broken
 * file is refused with the line and the reason, since a silently skipped label would change the figures.
 */
final class LabelledClaimSets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledClaimSets() {}

    static List<LabelledClaimSet> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("evaluation set " + file + " does not exist (run from the repository root or pass"
                    + " --set FILE)");
        }
        List<LabelledClaimSet> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(JSON.readTree(line)));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                    throw new IOException(file + " line " + n + ": " + why, e);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException(file + " holds no claim sets");
        }
        return out;
    }

    static LabelledClaimSet parse(JsonNode r) {
        String id = text(r, "id");
        String claims = text(r, "claims");
        List<Integer> judged = numbers(r, "labelledClaims");
        Set<Integer> clean = new TreeSet<>(numbers(r, "clean"));
        Map<Integer, String> excluded = new HashMap<>();
        for (JsonNode x : r.path("excluded")) {
            excluded.put(x.path("claim").asInt(), x.path("reason").asText());
        }
        List<ProblemLabel> labels = new ArrayList<>();
        Set<Integer> withProblems = new HashSet<>();
        for (JsonNode l : r.path("labels")) {
            ProblemLabel p = new ProblemLabel(l.path("claim").asInt(), text(l, "phrase"), l.path("start").asInt(-1),
                    l.path("end").asInt(-1), text(l, "kind"), text(l, "confidence"), l.path("reason").asText(""));
            if (p.start() < 0 || p.end() > claims.length() || p.start() >= p.end()
                    || !claims.substring(p.start(), p.end()).equals(p.phrase())) {
                throw new IllegalArgumentException(id + " claim " + p.claim() + ": offsets [" + p.start() + ", "
                        + p.end() + ") do not point at \"" + p.phrase() + "\"");
            }
            if (!ProblemLabel.KINDS.contains(p.kind())) {
                throw new IllegalArgumentException(id + ": unknown kind " + p.kind());
            }
            if (!ProblemLabel.CONFIDENCES.contains(p.confidence())) {
                throw new IllegalArgumentException(id + ": unknown confidence " + p.confidence());
            }
            labels.add(p);
            withProblems.add(p.claim());
        }
        Set<Integer> covered = new TreeSet<>(clean);
        covered.addAll(withProblems);
        if (!covered.equals(new TreeSet<>(judged)) || clean.stream().anyMatch(withProblems::contains)) {
            throw new IllegalArgumentException(id + ": clean claims " + clean + " and claims with labels "
                    + new TreeSet<>(withProblems) + " must split labelledClaims " + judged);
        }
        if (judged.stream().anyMatch(excluded::containsKey)) {
            throw new IllegalArgumentException(id + ": an excluded claim is also judged");
        }
        return new LabelledClaimSet(id, text(r, "folder"), text(r, "kind"), claims, judged, excluded, labels);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return v.asText();
    }

    private static List<Integer> numbers(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        List<Integer> out = new ArrayList<>();
        v.forEach(x -> out.add(x.asInt()));
        return out;
    }
}
