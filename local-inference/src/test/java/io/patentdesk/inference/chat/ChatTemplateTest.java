package io.patentdesk.inference.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatTemplateTest {

    private static final List<ChatMessage> SYSTEM_USER = List.of(
            ChatMessage.system("You are a patent attorney. Write claims in US style."),
            ChatMessage.user("1. A bicycle lock comprising a shackle and a body."));

    private static ChatTemplate constructs(String name) throws Exception {
        Path dir = Path.of(ChatTemplateTest.class.getResource("/chat-templates/constructs/" + name).toURI());
        return ChatTemplateFile.read(dir).orElseThrow();
    }

    @Test
    void aTemplateRefusingTheSystemRoleGetsItFoldedIntoTheFirstUserMessage() throws Exception {
        ChatTemplate gemmaStyle = constructs("gemma-style");
        assertThatThrownBy(() -> gemmaStyle.render(SYSTEM_USER, true)).isInstanceOf(ChatTemplateException.class)
                .hasMessage("System role not supported");
        String expected = HuggingFaceGoldenTest.resource("constructs-renderings.json").get("gemma-style")
                .get("system_user_folded").get("rendered").asText();
        assertThat(gemmaStyle.renderFoldingSystem(SYSTEM_USER, true)).isEqualTo(expected)
                .contains("<start_of_turn>user\nYou are a patent attorney. Write claims in US style.\n\n1. A bicycle");
    }

    @Test
    void aTemplateThatTakesTheSystemRoleRendersItUnfolded() throws Exception {
        ChatTemplate llama = constructs("llama3-style");
        assertThat(llama.renderFoldingSystem(SYSTEM_USER, true)).isEqualTo(llama.render(SYSTEM_USER, true))
                .contains("<|start_header_id|>system<|end_header_id|>\n\nToday Date: 26 Jul 2024\n\nYou are a patent");
    }

    @Test
    void foldingDoesNotHideOtherRefusals() throws Exception {
        List<ChatMessage> twoUsers = List.of(ChatMessage.user("a"), ChatMessage.user("b"));
        assertThatThrownBy(() -> constructs("gemma-style").renderFoldingSystem(twoUsers, true))
                .hasMessage("Conversation roles must alternate user/assistant/user/assistant/...");
    }

    @Test
    void anInvalidTemplateIsOneClearLine() {
        ChatTemplate broken = ChatTemplate.of("{% for m in messages %}{{ m.content }}", Map.of());
        assertThatThrownBy(() -> broken.render(SYSTEM_USER, true)).isInstanceOf(ChatTemplateException.class)
                .matches(e -> !((ChatTemplateException) e).raisedByTemplate())
                .hasMessageStartingWith("The chat template cannot be rendered: line 1")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theUsersTextIsNeverReadAsATemplate() throws Exception {
        ChatTemplate t = ChatTemplate.of("{{ messages[0].content }}|{{ bos_token }}", Map.of("bos_token", "<s>"));
        String text = "{{ 7 * 7 }} {% if true %}x{% endif %} {# note #} {{ raise_exception('no') }}";
        assertThat(t.render(List.of(ChatMessage.user(text)), false)).isEqualTo(text + "|<s>");
    }

    @Test
    void oneTrailingNewlineOfTheTemplateIsDroppedAsJinja2Does() throws Exception {
        assertThat(ChatTemplate.of("a\r\nb\n", Map.of()).render(List.of(), false)).isEqualTo("a\nb");
        assertThat(ChatTemplate.of("a\n\n", Map.of()).render(List.of(), false)).isEqualTo("a\n");
    }

    @Test
    void pythonSyntaxJinjavaLacksIsRewrittenInsideTagsOnly() throws Exception {
        assertThat(KeywordArguments.inTag("{% set ns = namespace(a=messages|length - 1, b='x,=)', c=f(d=1)) %}"))
                .isEqualTo("{% set ns = namespace(a=(messages|length - 1), b=('x,=)'), c=(f(d=(1)))) %}");
        assertThat(KeywordArguments.inTag("{{ x == 1 and f(y) }}")).isEqualTo("{{ x == 1 and f(y) }}");
        String t = "{%- set ns = namespace(last=messages|length - 1) %}{% for m in messages[::-1] %}{{ m.content }}"
                + "{% endfor %}|{{ ns.last }}|{{ messages[0].content[::-1] }}|a[::-1]=b";
        assertThat(ChatTemplate.of(t, Map.of()).render(List.of(ChatMessage.user("ab"), ChatMessage.assistant("cd")),
                false)).isEqualTo("cdab|1|ba|a[::-1]=b");
    }

    @Test
    void hfsFunctionsAreDefinedForTemplatesThatAskFirst() throws Exception {
        // Llama 3.1's template writes today's date only "if strftime_now is defined", else a fixed one.
        ChatTemplate t = ChatTemplate.of("{%- if strftime_now is defined %}{{ strftime_now('%Y') }}{% else %}26 Jul 2024"
                + "{% endif %}|{{ raise_exception is defined }}", Map.of());
        String year = String.valueOf(java.time.LocalDate.now().getYear());
        assertThat(t.render(List.of(ChatMessage.user("x")), true)).isEqualTo(year + "|true");
    }

    @Test
    void tojsonIsPythonsJsonDumps() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", List.of(1e-05, 0.0001, 1e16, 123456.5, -0.0, 3L));
        m.put("a", Map.of());
        m.put("s", "é\u2028\"\\\n\u0001");
        assertThat(PythonJson.dumps(m, null))
                .isEqualTo("{\"z\": [1e-05, 0.0001, 1e+16, 123456.5, -0.0, 3], \"a\": {}, \"s\": \"é\u2028\\\"\\\\\\n\\u0001\"}");
        assertThat(PythonJson.dumps(List.of(List.of(), Map.of("k", true)), 2))
                .isEqualTo("[\n  [],\n  {\n    \"k\": true\n  }\n]");
        assertThat(new PythonJson(PythonJson.Options.of(null, true, true)).dump(Map.of("b", "ü", "a", 1)))
                .isEqualTo("{\"a\": 1, \"b\": \"\\u00fc\"}");
    }

    @Test
    void strftimeWritesTheDirectivesTemplatesUse() {
        LocalDateTime t = LocalDateTime.of(2026, 3, 7, 9, 5, 2);
        assertThat(TemplateFunctions.strftime(t, "%d %b %Y")).isEqualTo("07 Mar 2026");
        assertThat(TemplateFunctions.strftime(t, "%Y-%m-%d %H:%M:%S %A %B %-d %I%p %%")).isEqualTo(
                "2026-03-07 09:05:02 Saturday March 7 09AM %");
    }

    @Test
    void readsNamedTemplatesAddedTokenObjectsAndPrefersChatTemplateJinja(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tokenizer_config.json"), """
                {"bos_token": {"__type": "AddedToken", "content": "<s>"}, "eos_token": "</s>", "pad_token": null,
                 "chat_template": [{"name": "tool_use", "template": "tools"},
                                   {"name": "default", "template": "{{ bos_token }}{{ messages[0].content }}{{ eos_token }}"}]}
                """);
        List<ChatMessage> hi = List.of(ChatMessage.user("hi"));
        assertThat(ChatTemplateFile.read(dir).orElseThrow().render(hi, false)).isEqualTo("<s>hi</s>");
        Files.writeString(dir.resolve("chat_template.jinja"), "[{{ messages[0].content }}]\n");
        assertThat(ChatTemplateFile.read(dir).orElseThrow().render(hi, false)).isEqualTo("[hi]");
    }

    @Test
    void aFolderWithoutTemplateHasNone(@TempDir Path dir) throws Exception {
        assertThat(ChatTemplateFile.read(dir)).isEmpty();
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"eos_token\": \"</s>\"}");
        assertThat(ChatTemplateFile.read(dir)).isEmpty();
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"chat_template\": ");
        assertThatThrownBy(() -> ChatTemplateFile.read(dir)).hasMessageStartingWith("tokenizer_config.json in " + dir
                + " is not valid JSON");
    }
}
