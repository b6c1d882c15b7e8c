package io.patentdesk.inference.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.PromptFormat;
import io.patentdesk.inference.json.Json;
import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.spi.AidsProvider;
import io.patentdesk.inference.spi.FolderAids;
import io.patentdesk.inference.chat.ChatTemplate;
import io.patentdesk.inference.chat.ChatTemplateFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * A model on disk: an onnxruntime-genai or Hugging Face Optimum export folder, plus PatentDesk's optional
 * {@code patentdesk.json} (display name, context length, stop strings, task prompts). {@link #open(Path)} checks the
 * files are there and readable; {@link Engine#load} then checks the graph itself.
 */
public final class ModelFolder {

    private static final String[] OPTIMUM_GRAPHS = {
        "decoder_model_merged.onnx", "model.onnx", "decoder_with_past_model.onnx", "decoder_model.onnx"
    };

    private final Path dir;
    private final ModelLayout layout;
    private final Path onnxFile;
    private final Path tokenizerFile;
    private final ModelConfig config;
    private final IoNames ioNames;
    private final String displayName;
    private final int contextLength;
    private final List<String> stopStrings;
    private final PromptFormat promptFormat;
    private final FolderAids aids;
    private final boolean sharesKvBuffer;
    private final Optional<ChatTemplate> chatTemplate;

    private ModelFolder(Path dir, ModelLayout layout, Path onnxFile, Path tokenizerFile, ModelConfig config,
            IoNames ioNames, String displayName, int contextLength, List<String> stopStrings,
            PromptFormat promptFormat, FolderAids aids, boolean sharesKvBuffer, Optional<ChatTemplate> chatTemplate) {
        this.sharesKvBuffer = sharesKvBuffer;
        this.dir = dir;
        this.layout = layout;
        this.onnxFile = onnxFile;
        this.tokenizerFile = tokenizerFile;
        this.config = config;
        this.ioNames = ioNames;
        this.displayName = displayName;
        this.contextLength = contextLength;
        this.stopStrings = List.copyOf(stopStrings);
        this.promptFormat = promptFormat;
        this.aids = aids;
        this.chatTemplate = chatTemplate;
    }

    /** Reads and checks a model folder; the exception's message says in one line what is wrong. */
    public static ModelFolder open(Path dir) throws ModelException {
        if (!Files.isDirectory(dir)) {
            throw new ModelException(Files.exists(dir) ? dir + " is a file, not a model folder."
                    : "The model folder " + dir + " does not exist.");
        }
        Path genai = dir.resolve("genai_config.json");
        Path hf = dir.resolve("config.json");
        ModelLayout layout;
        if (Files.isRegularFile(genai)) {
            layout = ModelLayout.GENAI;
        } else if (Files.isRegularFile(hf)) {
            layout = ModelLayout.OPTIMUM;
        } else {
            throw new ModelException(dir + " is not a model folder: it has neither genai_config.json nor config.json.");
        }
        Path tokenizer = dir.resolve("tokenizer.json");
        if (!Files.isRegularFile(tokenizer)) {
            throw new ModelException("The model folder " + dir
                    + " has no tokenizer.json (the model cannot read or write text without it).");
        }
        JsonNode patentdesk = Json.readIfPresent(dir.resolve("patentdesk.json"));
        Parsed parsed = layout == ModelLayout.GENAI ? parseGenai(dir, Json.read(genai)) : parseOptimum(dir, Json.read(hf));
        if (!Files.isRegularFile(parsed.onnx)) {
            throw new ModelException("The model folder " + dir + " has no " + dir.relativize(parsed.onnx)
                    + (layout == ModelLayout.GENAI ? " (named by genai_config.json)." : "."));
        }
        int context = Json.intField(patentdesk, parsed.config.contextLength(), "contextLength");
        ModelConfig config = parsed.config;
        if (context != config.contextLength()) {
            config = new ModelConfig(config.vocabSize(), config.layers(), config.kvHeads(), config.headSize(), context,
                    config.bosTokenId(), config.eosTokenIds(), config.suggested());
        }
        Sampling suggested = samplingIn(patentdesk, config.suggested()); // else the ecosystem's settings
        if (suggested != null && !suggested.equals(config.suggested())) {
            config = new ModelConfig(config.vocabSize(), config.layers(), config.kvHeads(), config.headSize(),
                    config.contextLength(), config.bosTokenId(), config.eosTokenIds(), suggested);
        }
        String name = Json.textField(patentdesk, dir.toAbsolutePath().normalize().getFileName().toString(),
                "displayName");
        return new ModelFolder(dir, layout, parsed.onnx, tokenizer, config, parsed.names, name, context,
                strings(patentdesk, "stopStrings"), promptFormat(dir, patentdesk, parsed.config.suggested()),
                patentdesk == null ? null : aids(dir, patentdesk), parsed.sharesKvBuffer, chatTemplate(dir));
    }

    private static Optional<ChatTemplate> chatTemplate(Path dir) throws ModelException {
        try {
            Optional<ChatTemplate> template = ChatTemplateFile.read(dir);
            template.ifPresent(ChatTemplate::warmUp); // folders open off the UI thread; drafts are asked for on it
            return template;
        } catch (IOException e) {
            throw new ModelException(e.getMessage(), e);
        }
    }

    /**
     * The decoding aids a {@code patentdesk.json} switches on: those of the first plug-in (found through
     * {@link ServiceLoader}) that has any for it; null when none has.
     */
    private static FolderAids aids(Path dir, JsonNode patentdesk) throws ModelException {
        for (AidsProvider provider : ServiceLoader.load(AidsProvider.class, ModelFolder.class.getClassLoader())) {
            Optional<FolderAids> aids = provider.open(dir, patentdesk);
            if (aids.isPresent()) {
                return aids.get();
            }
        }
        return null;
    }

    private record Parsed(Path onnx, ModelConfig config, IoNames names, boolean sharesKvBuffer) {
    }

    private static Parsed parseGenai(Path dir, JsonNode root) throws ModelException {
        JsonNode model = root.path("model");
        JsonNode decoder = model.path("decoder");
        if (!decoder.isObject()) {
            throw new ModelException("genai_config.json in " + dir + " has no model.decoder section.");
        }
        Path onnx = dir.resolve(Json.textField(decoder, "model.onnx", "filename"));
        int heads = Json.intField(decoder, 0, "num_attention_heads");
        int hidden = Json.intField(decoder, 0, "hidden_size");
        int headSize = Json.intField(decoder, heads > 0 && hidden > 0 ? hidden / heads : 0, "head_size");
        JsonNode generation = Json.readIfPresent(dir.resolve("generation_config.json"));
        JsonNode search = SearchDefaults.merge(root.path("search"), generation);
        // every end token named: genai_config's (one id or a list), its search section's, generation_config.json's
        Set<Integer> eos = endTokens(model.get("eos_token_id"), generation);
        eos.addAll(Json.ids(search.get("eos_token_id")));
        ModelConfig config = new ModelConfig(
                Json.intField(model, 0, "vocab_size"),
                Json.intField(decoder, 0, "num_hidden_layers"),
                Json.intField(decoder, heads, "num_key_value_heads"),
                headSize,
                SearchDefaults.contextLength(model, root.path("search")),
                Json.intField(model, -1, "bos_token_id"),
                eos,
                suggestedSampling(search, search.path("do_sample").asBoolean(false)));
        IoNames names = IoNames.fromGenai(decoder);
        return new Parsed(onnx, config, names, root.path("search").path("past_present_share_buffer").asBoolean(false));
    }

    /** The end tokens: genai_config's (one id or a list) and those of generation_config.json beside it, if any. */
    private static Set<Integer> endTokens(JsonNode genai, JsonNode generationConfig) {
        Set<Integer> eos = new LinkedHashSet<>(Json.ids(genai));
        eos.addAll(Json.ids(generationConfig == null ? null : generationConfig.get("eos_token_id")));
        return eos;
    }

    private static Parsed parseOptimum(Path dir, JsonNode cfg) throws ModelException {
        Path onnx = null;
        for (Path base : List.of(dir, dir.resolve("onnx"))) {
            for (String n : OPTIMUM_GRAPHS) {
                if (onnx == null && Files.isRegularFile(base.resolve(n))) {
                    onnx = base.resolve(n);
                }
            }
        }
        if (onnx == null) {
            throw new ModelException("The model folder " + dir + " has no model.onnx or decoder_model_merged.onnx.");
        }
        JsonNode gen = Json.readIfPresent(dir.resolve("generation_config.json"));
        int heads = Json.intField(cfg, 0, "num_attention_heads", "n_head");
        int hidden = Json.intField(cfg, 0, "hidden_size", "n_embd", "d_model");
        Set<Integer> eos = new LinkedHashSet<>(Json.ids(gen == null ? null : gen.get("eos_token_id")));
        if (eos.isEmpty()) {
            eos.addAll(Json.ids(cfg.get("eos_token_id")));
        }
        ModelConfig config = new ModelConfig(
                Json.intField(cfg, 0, "vocab_size"),
                Json.intField(cfg, 0, "num_hidden_layers", "n_layer", "num_layers"),
                Json.intField(cfg, heads, "num_key_value_heads", "num_kv_heads"),
                Json.intField(cfg, heads > 0 && hidden > 0 ? hidden / heads : 0, "head_dim"),
                Json.intField(cfg, 0, "max_position_embeddings", "n_positions", "max_sequence_length"),
                Json.intField(gen, Json.intField(cfg, -1, "bos_token_id"), "bos_token_id"),
                eos,
                suggestedSampling(gen, gen != null && gen.path("do_sample").asBoolean(false)));
        return new Parsed(onnx, config, IoNames.standard(), false);
    }

    /** The authors' sampling settings when they enable sampling; greedy otherwise (the conservative choice). */
    private static Sampling suggestedSampling(JsonNode node, boolean doSample) {
        double penalty = Json.doubleField(node, 1.0, "repetition_penalty");
        int noRepeat = Json.intField(node, 0, "no_repeat_ngram_size");
        Sampling greedy = Sampling.greedy().withRepetitionPenalty(penalty > 0 ? penalty : 1.0)
                .withNoRepeatNgram(Math.max(0, noRepeat));
        if (!doSample) {
            return greedy;
        }
        double t = Json.doubleField(node, 1.0, "temperature");
        double p = Json.doubleField(node, 1.0, "top_p");
        int k = Json.intField(node, 0, "top_k");
        return greedy.withTemperature(t >= 0 ? t : 1.0).withTopP(p > 0 && p <= 1 ? p : 1.0).withTopK(Math.max(k, 0));
    }

    /**
     * The standard keys of the {@code "sampling"} object of {@code node} ({@code "temperature", "topP", "topK",
     * "repetitionPenalty", "noRepeatNgram", "minP"}; other keys are decoding aids', read by their plug-in), keys it
     * leaves out taken from {@code ecosystem}; null when there is none or a value is out of range. Read for the model-wide
     * suggestion (top level) and for a task's own ({@code "taskInfo": {"claims_to_title": {"sampling": ...}}}), which
     * replaces the model-wide one as a whole.
     */
    private static Sampling samplingIn(JsonNode node, Sampling ecosystem) {
        JsonNode s = node == null ? null : node.get("sampling");
        if (s == null || !s.isObject()) {
            return null;
        }
        try {
            return sampling(s, ecosystem);
        } catch (IllegalArgumentException e) {
            return null; // out of range: ignored rather than failing the model
        }
    }

    private static Sampling sampling(JsonNode s, Sampling fallback) {
        return new Sampling(Json.doubleField(s, fallback.temperature(), "temperature"),
                Json.intField(s, fallback.topK(), "topK"), Json.doubleField(s, fallback.topP(), "topP"),
                Json.doubleField(s, fallback.repetitionPenalty(), "repetitionPenalty"), fallback.seed(),
                Json.intField(s, fallback.noRepeatNgram(), "noRepeatNgram"), Json.doubleField(s, fallback.minP(), "minP"));
    }

    /** The non-empty strings of the array {@code field} of {@code node}; empty when there is none. */
    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        if (node != null && node.path(field).isArray()) {
            node.get(field).forEach(s -> {
                if (s.isTextual() && !s.asText().isEmpty()) {
                    out.add(s.asText());
                }
            });
        }
        return out;
    }



    private static PromptFormat promptFormat(Path dir, JsonNode patentdesk, Sampling ecosystem) throws ModelException {
        if (patentdesk == null || !patentdesk.path("tasks").isObject()) {
            return new PromptFormat(Map.of(), Map.of());
        }
        Map<DraftingTask, String> templates = new EnumMap<>(DraftingTask.class);
        for (DraftingTask task : DraftingTask.values()) {
            JsonNode t = patentdesk.get("tasks").get(task.id());
            if (t == null) {
                continue;
            }
            String template = t.isTextual() ? t.asText() : Json.textField(t, null, "template");
            if (template == null || template.indexOf(PromptFormat.INPUT) < 0
                    || template.indexOf(PromptFormat.INPUT) != template.lastIndexOf(PromptFormat.INPUT)) {
                throw new ModelException("patentdesk.json in " + dir + ": the template of task " + task.id()
                        + " must contain " + PromptFormat.INPUT + " exactly once.");
            }
            templates.put(task, template);
        }
        Map<DraftingTask, PromptFormat.TaskInfo> info = new EnumMap<>(DraftingTask.class);
        JsonNode taskInfo = patentdesk.path("taskInfo");
        for (DraftingTask task : DraftingTask.values()) {
            JsonNode i = taskInfo.get(task.id());
            if (i != null && i.isObject()) {
                info.put(task, new PromptFormat.TaskInfo(Json.textField(i, null, "label"),
                        Json.intField(i, 0, "maxNewTokens"), samplingIn(i, ecosystem), strings(i, "stopStrings")));
            }
        }
        return new PromptFormat(templates, info);
    }

    public Path dir() {
        return dir;
    }

    public ModelLayout layout() {
        return layout;
    }

    /** The ONNX graph the engine loads (external data beside it is found by ONNX Runtime through this path). */
    public Path onnxFile() {
        return onnxFile;
    }

    public Path tokenizerFile() {
        return tokenizerFile;
    }

    public ModelConfig config() {
        return config;
    }

    public IoNames ioNames() {
        return ioNames;
    }

    /**
     * Whether {@code genai_config.json} exports the KV cache for one buffer per layer that is both past and present
     * ({@code search.past_present_share_buffer}, GroupQueryAttention graphs of the model builder); the engine uses one
     * when the graph keeps the buffer's length, as such graphs do.
     */
    public boolean sharesKvBuffer() {
        return sharesKvBuffer;
    }

    /** The name to show, from {@code patentdesk.json} or the folder's name. */
    public String displayName() {
        return displayName;
    }

    /** Most tokens the model reads at once; 0 when no file says (the engine then assumes 2,048). */
    public int contextLength() {
        return contextLength;
    }

    /** Stop strings the model folder declares. */
    public List<String> stopStrings() {
        return stopStrings;
    }

    /**
     * The decoding aids the folder's {@code patentdesk.json} switches on; empty for a folder without one, which runs
     * the plain path (its own sampling and stop tokens, nothing written for the model).
     */
    public Optional<FolderAids> aids() {
        return Optional.ofNullable(aids);
    }

    public PromptFormat promptFormat() {
        return promptFormat;
    }

    /**
     * The model's chat template ({@code chat_template.jinja} or {@code tokenizer_config.json}'s {@code chat_template}):
     * drafting tasks are then sent as messages rendered with it; empty for a plain text model.
     */
    public Optional<ChatTemplate> chatTemplate() {
        return chatTemplate;
    }


    @Override
    public String toString() {
        return displayName + " (" + dir + ")";
    }
}
