package io.patentdesk.inference.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real chat templates of ../shared/chat-templates (Qwen2.5, Mistral v0.3, Phi-3, Phi-4-mini) render every message
 * list of {@code cases.json} byte for byte as Hugging Face does ({@code hf-renderings.json}, made by
 * {@code render.mjs}: see the README beside them), and refuse what Hugging Face refuses, with its message.
 */
class HuggingFaceGoldenTest {

    static final Path SHARED = Path.of("../../shared/chat-templates");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> realTemplates() throws IOException {
        return renderings(SHARED, "hf-renderings.json");
    }

    /** Templates written for these tests (constructs/): whitespace control, namespaces, loop controls, tojson, ... */
    static Stream<Arguments> constructs() throws Exception {
        Path dir = Path.of(HuggingFaceGoldenTest.class.getResource("/chat-templates/constructs").toURI());
        return renderings(dir, "constructs-renderings.json");
    }

    private static Stream<Arguments> renderings(Path base, String expectedFile) throws IOException {
        JsonNode cases = resource("cases.json");
        JsonNode expected = resource(expectedFile);
        List<Arguments> out = new ArrayList<>();
        expected.fieldNames().forEachRemaining(model -> {
            for (JsonNode c : cases) {
                out.add(Arguments.of(base.resolve(model), c.get("name").asText(), messages(c.get("messages")),
                        c.get("add_generation_prompt").asBoolean(), expected.get(model).get(c.get("name").asText())));
            }
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("realTemplates")
    void realTemplatesRenderAsHuggingFace(Path dir, String caseName, List<ChatMessage> messages,
            boolean generationPrompt, JsonNode expected) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/chat-templates is not on this machine");
        check(dir, messages, generationPrompt, expected);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("constructs")
    void jinjaConstructsRenderAsHuggingFace(Path dir, String caseName, List<ChatMessage> messages,
            boolean generationPrompt, JsonNode expected) throws Exception {
        check(dir, messages, generationPrompt, expected);
    }

    private static void check(Path dir, List<ChatMessage> messages, boolean generationPrompt, JsonNode expected)
            throws Exception {
        ChatTemplate template = ChatTemplateFile.read(dir).orElseThrow();
        if (expected.has("error")) {
            assertThatThrownBy(() -> template.render(messages, generationPrompt))
                    .isInstanceOf(ChatTemplateException.class).hasMessage(expected.get("error").asText())
                    .matches(e -> ((ChatTemplateException) e).raisedByTemplate());
        } else {
            assertThat(template.render(messages, generationPrompt)).isEqualTo(expected.get("rendered").asText());
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"qwen2.5-instruct", "mistral-7b-instruct-v0.3",
        "phi-3-mini-4k-instruct", "phi-4-mini-instruct"})
    void eachRealTemplateSplitsARenderingAroundTheUsersText(String model) throws Exception {
        Path dir = SHARED.resolve(model);
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/chat-templates is not on this machine");
        ChatTemplate template = ChatTemplateFile.read(dir).orElseThrow();
        String text = "1. A lock comprising a shackle (12).";
        List<ChatMessage> marked = List.of(ChatMessage.system("Rules."), ChatMessage.user("Claims:\n" + ChatTemplate.BODY));
        ChatParts parts = template.renderAround(marked, text, true);
        assertThat(parts.body()).isEqualTo(text);
        assertThat(parts.head()).contains("Rules.").endsWith("Claims:\n");
        assertThat(parts.text()).isEqualTo(template.render(List.of(ChatMessage.system("Rules."),
                ChatMessage.user("Claims:\n" + text)), true));
    }

    static List<ChatMessage> messages(JsonNode array) {
        List<ChatMessage> out = new ArrayList<>();
        array.forEach(m -> out.add(new ChatMessage(m.get("role").asText(), m.get("content").asText())));
        return out;
    }

    static JsonNode resource(String name) throws IOException {
        try (InputStream in = HuggingFaceGoldenTest.class.getResourceAsStream("/chat-templates/" + name)) {
            return JSON.readTree(in);
        }
    }
}
