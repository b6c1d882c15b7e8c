package io.patentdesk.inference.chat;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A model's chat template (Jinja, from {@code tokenizer_config.json} or {@code chat_template.jinja}) with the special
 * tokens it may name, rendering messages to the exact prompt text Hugging Face's {@code apply_chat_template(messages,
 * tokenize=False, add_generation_prompt=...)} gives. The text holds the model's special tokens (BOS, turn markers) as
 * text; it is tokenized as is, with nothing added.
 */
public final class ChatTemplate {

    private static final Jinjava JINJA = HfJinja.create();

    private final String source;
    private final Map<String, Object> specialTokens;

    private ChatTemplate(String source, Map<String, Object> specialTokens) {
        this.source = source;
        this.specialTokens = specialTokens;
    }

    /**
     * @param source        the template as the model folder has it
     * @param specialTokens {@code bos_token}, {@code eos_token}, ... as named in {@code tokenizer_config.json}
     *                      (only those it sets; a template tests the others with {@code is defined})
     */
    public static ChatTemplate of(String source, Map<String, ?> specialTokens) {
        Objects.requireNonNull(source, "source");
        String python = KeywordArguments.rewrite(LoopFilters.rewrite(ReversedSlices.rewrite(asJinja2Reads(source))));
        return new ChatTemplate(python, Map.copyOf(specialTokens));
    }

    /**
     * The source as Jinja2's lexer sees it: newlines normalized to {@code \n} and one trailing newline dropped
     * ({@code keep_trailing_newline=False}): many templates end with a newline that never reaches the prompt.
     */
    private static String asJinja2Reads(String source) {
        List<String> lines = new ArrayList<>(List.of(source.split("\r\n|\r|\n", -1)));
        if (lines.size() > 1 && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return String.join("\n", lines);
    }

    /**
     * Renders a short conversation once and forgets the result: Jinjava's first rendering of a template takes about
     * half a second, which belongs on the thread that loads the model, not on the one that asks for a draft.
     */
    public void warmUp() {
        try {
            renderFoldingSystem(List.of(ChatMessage.system("s"), ChatMessage.user("u")), true);
        } catch (ChatTemplateException e) {
            // The template refuses even this: said when a real request is rendered.
        }
    }

    /** A special token's text ({@code "eos_token"}), when the folder names it. */
    public Optional<String> specialToken(String name) {
        return Optional.ofNullable(specialTokens.get(name)).map(Object::toString);
    }

    /** The messages as the model reads them, followed by the start of an assistant turn when asked. */
    public String render(List<ChatMessage> messages, boolean addGenerationPrompt) throws ChatTemplateException {
        Map<String, Object> context = new LinkedHashMap<>(specialTokens);
        List<Map<String, Object>> list = new ArrayList<>();
        for (ChatMessage m : messages) {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("role", m.role());
            message.put("content", m.content());
            list.add(message);
        }
        // Templates ask "strftime_now is defined" before calling it (Llama 3.1's date line): Jinjava's functions are
        // not variables, so each gets a variable of its name too; calls still go to the function.
        for (String function : HfJinja.FUNCTIONS) {
            context.put(function, "<function " + function + ">");
        }
        context.put("messages", list);
        context.put("add_generation_prompt", addGenerationPrompt);
        RenderResult result;
        try {
            result = JINJA.renderForResult(source, context);
        } catch (TemplateFunctions.Raised e) {
            throw new ChatTemplateException(e.getMessage(), true);
        } catch (RuntimeException e) {
            throw new ChatTemplateException("The chat template cannot be rendered: " + oneLine(e.getMessage()), false);
        }
        for (TemplateError error : result.getErrors()) {
            TemplateFunctions.Raised raised = raised(error.getException());
            if (raised != null) {
                throw new ChatTemplateException(raised.getMessage(), true);
            }
        }
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                throw new ChatTemplateException("The chat template cannot be rendered: line " + error.getLineno() + ": "
                        + oneLine(error.getMessage()), false);
            }
        }
        return result.getOutput();
    }

    /**
     * As {@link #render}, but a template that refuses a leading system message (Gemma's, Mistral's older ones: "System
     * role not supported", "roles must alternate") gets it folded into the first user message instead, as those
     * models' own guides do: system text, a blank line, then the user's text.
     */
    public String renderFoldingSystem(List<ChatMessage> messages, boolean addGenerationPrompt)
            throws ChatTemplateException {
        try {
            return render(messages, addGenerationPrompt);
        } catch (ChatTemplateException refused) {
            if (!refused.raisedByTemplate()) {
                throw refused;
            }
            Optional<List<ChatMessage>> folded = SystemFolding.fold(messages);
            if (folded.isEmpty()) {
                throw refused;
            }
            return render(folded.get(), addGenerationPrompt);
        }
    }

    /**
     * Where the user's text goes in a message's content, for {@link #renderAround}: characters of Unicode's private use
     * area, which no drafting text holds.
     */
    public static final String BODY = "\uE000patentdesk:body\uE001";

    /**
     * Renders messages in which {@link #BODY} marks the user's text (once), folding a refused system message as
     * {@link #renderFoldingSystem} does, and splits the rendering around that text.
     */
    public ChatParts renderAround(List<ChatMessage> marked, String body, boolean addGenerationPrompt)
            throws ChatTemplateException {
        String withMark = renderFoldingSystem(marked, addGenerationPrompt);
        String real = renderFoldingSystem(marked.stream()
                .map(m -> new ChatMessage(m.role(), m.content().replace(BODY, body))).toList(), addGenerationPrompt);
        int at = withMark.indexOf(BODY);
        if (at >= 0 && at == withMark.lastIndexOf(BODY)) {
            ChatParts parts = new ChatParts(withMark.substring(0, at), body, withMark.substring(at + BODY.length()));
            if (parts.text().equals(real)) {
                return parts;
            }
        }
        return new ChatParts(real, "", ""); // the template rewrites the text (trims, repeats it): keep it whole
    }

    private static TemplateFunctions.Raised raised(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TemplateFunctions.Raised r) {
                return r;
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        return s == null ? "(no detail)" : s.lines().findFirst().orElse("").strip();
    }

    @Override
    public String toString() {
        return "ChatTemplate[" + source.length() + " chars]";
    }
}
