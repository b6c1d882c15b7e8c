package io.patentdesk.app.cli;

import static io.patentdesk.app.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --messages FILE [--print-prompt]}, and which task prompts get leads. */
class GenerateMessagesTest {

    static final Path TINY = Path.of(ModelCommandsTest.MODEL);
    static final Path SHARED = Path.of("../../shared/chat-templates");
    static final Path GOLDEN = Path.of("../local-inference/src/test/resources/chat-templates");
    static final ObjectMapper JSON = new ObjectMapper();

    /** A template over the tiny model's special tokens, refusing a system role as Gemma's does. */
    static final String NO_SYSTEM = "{% if messages[0].role == 'system' %}{{ raise_exception('System role not supported') }}"
            + "{% endif %}{{ bos_token }}{% for m in messages %}<|instruct|>{{ m.content }}{% endfor %}"
            + "{% if add_generation_prompt %}<|response|>{% endif %}";

    @TempDir
    Path tmp;

    private Path messages(String json) throws IOException {
        Path f = tmp.resolve("messages-" + System.nanoTime() + ".json");
        Files.writeString(f, json);
        return f;
    }

    /** A folder with only tokenizer files: enough to print a prompt, not to run. */
    private Path tokenizerOnly(String template) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("tok-" + System.nanoTime()));
        Files.copy(TINY.resolve("tokenizer.json"), dir.resolve("tokenizer.json"));
        JSON.writeValue(dir.resolve("tokenizer_config.json").toFile(),
                Map.of("chat_template", template, "bos_token", "<|endoftext|>", "eos_token", "<|endoftext|>"));
        return dir;
    }

    @Test
    void printPromptPrintsExactlyHuggingFacesRenderingOfTheRealTemplates() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "../shared/chat-templates is not on this machine");
        JsonNode expected = JSON.readTree(GOLDEN.resolve("hf-renderings.json").toFile());
        for (JsonNode c : JSON.readTree(GOLDEN.resolve("cases.json").toFile())) {
            if (!c.get("add_generation_prompt").asBoolean() || c.get("name").asText().equals("roles_not_alternating")) {
                continue; // the command always asks for the assistant's turn
            }
            Path file = messages(JSON.writeValueAsString(c.get("messages")));
            for (String model : new String[] {"qwen2.5-instruct", "mistral-7b-instruct-v0.3", "phi-3-mini-4k-instruct",
                    "phi-4-mini-instruct"}) {
                CliRun r = run("generate", "--model", SHARED.resolve(model).toString(), "--messages", file.toString(),
                        "--print-prompt");
                assertThat(r.status()).as(model + " " + r.err()).isZero();
                assertThat(r.out()).as(model + " / " + c.get("name").asText())
                        .isEqualTo(expected.get(model).get(c.get("name").asText()).get("rendered").asText());
            }
        }
    }

    @Test
    void aRefusedSystemMessageIsFoldedIntoTheFirstUserMessage() throws IOException {
        Path dir = tokenizerOnly(NO_SYSTEM);
        CliRun r = run("generate", "--model", dir.toString(), "--print-prompt", "--messages", messages(
                "[{\"role\": \"system\", \"content\": \"Be brief.\"}, {\"role\": \"user\", \"content\": \"Title?\"}]")
                .toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("<|endoftext|><|instruct|>Be brief.\n\nTitle?<|response|>");
    }

    @Test
    void aConversationRunsThroughTheModelWithItsSpecialTokensAsTokens() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("chat-model"));
        try (var files = Files.list(TINY)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.copy(tokenizerOnly(NO_SYSTEM).resolve("tokenizer_config.json"), dir.resolve("tokenizer_config.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path file = messages("[{\"role\": \"user\", \"content\": \"1. A bolt.\"}]");
        CliRun r = run("generate", "--model", dir.toString(), "--messages", file.toString(), "--max-tokens", "4",
                "--temperature", "0", "--stats");
        assertThat(r.status()).as(r.err()).isZero();
        // <|endoftext|> <|instruct|> "1. A bolt." <|response|>: the three special tokens count one each.
        CliRun text = run("generate", "--model", dir.toString(), "--prompt", "1. A bolt.", "--max-tokens", "1",
                "--stats");
        assertThat(promptTokens(r.err())).isEqualTo(promptTokens(text.err()) + 3 - (bosAdded(dir) ? 1 : 0));
    }

    private static boolean bosAdded(Path dir) throws IOException {
        return JSON.readTree(dir.resolve("tokenizer_config.json").toFile()).path("add_bos_token").asBoolean(false);
    }

    private static int promptTokens(String stats) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) prompt tokens").matcher(stats);
        assertThat(m.find()).as(stats).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void badInputIsOneClearLine() throws IOException {
        Path dir = tokenizerOnly(NO_SYSTEM);
        String d = dir.toString();
        assertOneLine(run("generate", "--model", d, "--print-prompt", "--messages", tmp.resolve("none.json").toString()),
                "does not exist");
        assertOneLine(run("generate", "--model", d, "--print-prompt", "--messages", messages("[{\"role\": ").toString()),
                "is not valid JSON (line 1");
        assertOneLine(run("generate", "--model", d, "--print-prompt", "--messages", messages("{}").toString()),
                "must hold a JSON array");
        assertOneLine(run("generate", "--model", d, "--print-prompt", "--messages",
                messages("[{\"role\": \"user\"}]").toString()), "message 1 is missing a \"role\" or \"content\"");
        assertOneLine(run("generate", "--model", d, "--print-prompt", "--messages", messages("[]").toString()),
                "has no messages");
        Path refusing = tokenizerOnly("{{ raise_exception('Conversation roles must alternate') }}");
        assertOneLine(run("generate", "--model", refusing.toString(), "--print-prompt", "--messages",
                messages("[{\"role\": \"user\", \"content\": \"x\"}]").toString()),
                "refused the messages: Conversation roles must alternate");
        Path broken = tokenizerOnly("{% for m in messages %}");
        assertOneLine(run("generate", "--model", broken.toString(), "--print-prompt", "--messages",
                messages("[{\"role\": \"user\", \"content\": \"x\"}]").toString()), "The chat template cannot be rendered");
        assertOneLine(run("generate", "--model", TINY.toString(), "--print-prompt", "--messages",
                messages("[{\"role\": \"user\", \"content\": \"x\"}]").toString()), "has no chat template");
        assertOneLine(run("generate", "--model", d, "--prompt", "x", "--messages", "m.json"),
                "Give either --prompt or --messages");
    }

    private static void assertOneLine(CliRun r, String says) {
        assertThat(r.status()).as(r.err()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(says).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().lines().filter(l -> l.contains(says)).count()).isEqualTo(1);
    }

    @Test
    void onlyAFolderWithPatentdeskJsonGetsTheDraftsFirstWordsWritten() throws IOException {
        String claim = "1. A bolt comprising a head and a shank.";
        CliRun aided = run("generate", "--model", TINY.toString(), "--task", "independent_to_dependent", "--prompt",
                claim, "--print-prompt");
        assertThat(aided.status()).as(aided.err()).isZero();
        assertThat(aided.out()).endsWith("<|response|>2. The bolt of claim 1, wherein");
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        try (var files = Files.list(TINY)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("patentdesk.json")).toList()) {
                Files.copy(f, plain.resolve(f.getFileName()));
            }
        }
        CliRun unaided = run("generate", "--model", plain.toString(), "--task", "independent_to_dependent", "--prompt",
                claim, "--print-prompt");
        assertThat(unaided.status()).as(unaided.err()).isZero();
        assertThat(unaided.out()).isEqualTo("Independent claim:\n" + claim + "\n\nDependent claims:\n");
        JSON.writeValue(plain.resolve("tokenizer_config.json").toFile(), Map.of("chat_template", NO_SYSTEM,
                "bos_token", "<|endoftext|>"));
        CliRun chat = run("generate", "--model", plain.toString(), "--task", "independent_to_dependent", "--prompt",
                claim, "--print-prompt");
        assertThat(chat.status()).as(chat.err()).isZero();
        assertThat(chat.out()).startsWith("<|endoftext|><|instruct|>You are an experienced patent attorney")
                .contains("Write dependent claims").endsWith("\n\n" + claim + "<|response|>");
    }
}
