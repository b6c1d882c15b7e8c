package io.patentdesk.inference.aids;

import com.fasterxml.jackson.databind.JsonNode;
import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.json.Json;
import io.patentdesk.inference.spi.AidsProvider;
import io.patentdesk.inference.spi.FolderAids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the aid keys of a folder's {@code patentdesk.json}: model-wide {@code "articleAgreement"} and
 * {@code "lexicon"}, the aid keys of {@code "sampling"} ({@code contextContrast, plausibility, nearRepeatWindow,
 * copyBoost, inputWordBoost}), and per task ({@code "taskInfo": {"claims_to_abstract": ...}}) {@code bannedWords},
 * {@code bannedOpenings}, {@code "lexicon": false} and the aid keys of its own {@code "sampling"}, which replaces the
 * model-wide one as a whole. Registered as a service, so the engine finds it without knowing it.
 */
public final class PatentAidsProvider implements AidsProvider {

    @Override
    public Optional<FolderAids> open(Path dir, JsonNode patentdesk) throws ModelException {
        boolean articles = patentdesk.path("articleAgreement").isBoolean()
                && patentdesk.get("articleAgreement").booleanValue();
        Lexicon lexicon = lexicon(dir, patentdesk);
        PatentAidSettings modelWide = knobs(patentdesk.get("sampling"), PatentAidSettings.NONE);
        Map<DraftingTask, PatentAidSettings> tasks = new EnumMap<>(DraftingTask.class);
        JsonNode taskInfo = patentdesk.path("taskInfo");
        for (DraftingTask task : DraftingTask.values()) {
            JsonNode i = taskInfo.get(task.id());
            boolean info = i != null && i.isObject();
            WordRules rules = new WordRules(info ? words(strings(i, "bannedWords")) : List.of(), articles,
                    info && i.path("lexicon").isBoolean() && !i.get("lexicon").booleanValue() ? null : lexicon,
                    info ? strings(i, "bannedOpenings").stream().filter(o -> !o.isBlank()).toList() : List.of());
            PatentAidSettings own = info ? knobs(i.get("sampling"), modelWide) : modelWide;
            tasks.put(task, own.withWordRules(rules));
        }
        // A patentdesk.json switches the aids on even where it names none itself: the folder's model was made with
        // PatentDesk's pipeline, and a request may still ask for line leads or a copy bonus.
        return Optional.of(new PatentFolderAids(modelWide, tasks));
    }

    /**
     * The aid keys of a {@code "sampling"} object, keys it leaves out at 0; {@code otherwise} when there is no such
     * object or a value is out of range (ignored rather than failing the model, as the standard keys are).
     */
    static PatentAidSettings knobs(JsonNode s, PatentAidSettings otherwise) {
        if (s == null || !s.isObject()) {
            return otherwise;
        }
        // Contrast without a named limit gets contrastive decoding's usual one (the pipeline's sampler does the same).
        double plausibility = s.has("contextContrast") && !s.has("plausibility")
                ? PatentAidSettings.DEFAULT_PLAUSIBILITY : Json.doubleField(s, 0, "plausibility");
        try {
            return new PatentAidSettings(WordRules.NONE, Json.doubleField(s, 0, "contextContrast"), plausibility,
                    Json.intField(s, 0, "nearRepeatWindow"), Json.doubleField(s, 0, "copyBoost"),
                    Json.doubleField(s, 0, "inputWordBoost"), LineLeads.NONE);
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }

    /** The non-empty strings of the array {@code field} of {@code node}; empty when there is none. */
    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        if (node.path(field).isArray()) {
            node.get(field).forEach(s -> {
                if (s.isTextual() && !s.asText().isEmpty()) {
                    out.add(s.asText());
                }
            });
        }
        return out;
    }

    /** The entries that are single words; others (phrases, blanks) are ignored, as an out-of-range sampling is. */
    private static List<String> words(List<String> words) {
        return words.stream().filter(WordRules::isWord).toList();
    }

    /** The word list that {@code "lexicon"} names (a file in the folder, gzip when it ends in .gz); null when none. */
    private static Lexicon lexicon(Path dir, JsonNode patentdesk) throws ModelException {
        if (!patentdesk.path("lexicon").isTextual()) {
            return null;
        }
        String name = patentdesk.get("lexicon").asText();
        Path base = dir.toAbsolutePath().normalize(); // "." normalizes to the empty path, inside which nothing starts
        Path file;
        try {
            file = base.resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            file = base; // a name no file can have ("a:b" on Windows): reported below
        }
        if (name.isBlank() || file.equals(base) || !file.startsWith(base) || !Files.isRegularFile(file)) {
            throw new ModelException("patentdesk.json in " + dir + " names the word list \"" + name
                    + "\", which is not a file in the model folder.");
        }
        try {
            Lexicon lexicon = Lexicon.read(file);
            if (lexicon.size() == 0) {
                throw new ModelException("The word list " + file + " has no words (one lower-case word per line).");
            }
            return lexicon;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ModelException("The word list " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
