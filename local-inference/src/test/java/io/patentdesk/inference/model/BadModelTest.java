package io.patentdesk.inference.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.Engine;
import io.patentdesk.inference.Fixtures;
import io.patentdesk.inference.ModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a model folder can be broken fails at load with one line that names the problem. */
class BadModelTest {

    @TempDir
    Path tmp;

    private Path copy() {
        return Fixtures.copy(Fixtures.genai(), tmp.resolve("model"));
    }

    private static void assertOneLine(Throwable e) {
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void aCorruptOnnxFile() throws IOException {
        Path dir = copy();
        byte[] bytes = Files.readAllBytes(dir.resolve("model.onnx"));
        Files.write(dir.resolve("model.onnx"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> Engine.load(ModelFolder.open(dir))).isInstanceOf(ModelException.class)
                .hasMessageContaining("model.onnx").hasMessageContaining("is not a usable ONNX model")
                .satisfies(BadModelTest::assertOneLine);
    }

    @Test
    void notOnnxAtAll() throws IOException {
        Path dir = copy();
        Files.writeString(dir.resolve("model.onnx"), "this is a text file, not a model");
        assertThatThrownBy(() -> Engine.load(ModelFolder.open(dir))).isInstanceOf(ModelException.class)
                .hasMessage("model.onnx in " + dir + " is not a usable ONNX model: the file is damaged or not ONNX "
                        + "(it cannot be parsed).");
    }

    @Test
    void unexpectedInputNames() throws IOException {
        Path dir = copy();
        // Same length, so the protobuf stays valid: the graph now takes "position_idz", which nobody feeds.
        replaceInGraph(dir, "position_ids", "position_idz");
        assertThatThrownBy(() -> Engine.load(ModelFolder.open(dir))).isInstanceOf(ModelException.class)
                .hasMessageContaining("unexpected input names [position_idz]").satisfies(BadModelTest::assertOneLine);
    }

    @Test
    void aMissingRequiredInput() throws IOException {
        Path dir = copy();
        replaceInGraph(dir, "input_ids", "input_idz");
        assertThatThrownBy(() -> Engine.load(ModelFolder.open(dir))).isInstanceOf(ModelException.class)
                .hasMessageContaining("unexpected input names").hasMessageContaining("input_ids");
    }

    @Test
    void aTokenizerLargerThanTheLogits() throws IOException {
        Path dir = copy();
        String json = Files.readString(dir.resolve("tokenizer.json"));
        String extra = "{\"id\": 1500, \"content\": \"<|extra|>\", \"single_word\": false, \"lstrip\": false, "
                + "\"rstrip\": false, \"normalized\": false, \"special\": true},";
        Files.writeString(dir.resolve("tokenizer.json"), json.replaceFirst("\"added_tokens\":\\s*\\[", "\"added_tokens\": [" + extra));
        assertThatThrownBy(() -> Engine.load(ModelFolder.open(dir))).isInstanceOf(ModelException.class)
                .hasMessage("The vocabulary size disagrees: tokenizer.json has 1501 tokens but the logits of model.onnx "
                        + "have 1024 entries.");
    }

    @Test
    void aConfigVocabularyThatDisagreesWithTheLogits() throws IOException {
        Path dir = copy();
        String json = Files.readString(dir.resolve("genai_config.json"));
        Files.writeString(dir.resolve("genai_config.json"), json.replace("\"vocab_size\": 1024", "\"vocab_size\": 2048"));
        assertThatThrownBy(() -> Engine.load(ModelFolder.open(dir))).isInstanceOf(ModelException.class)
                .hasMessageContaining("vocabulary size disagrees: the config says 2048")
                .hasMessageContaining("1024 entries");
    }

    @Test
    void aConfigThatDisagreesWithTheGraphShape() throws IOException {
        Path dir = copy();
        String json = Files.readString(dir.resolve("genai_config.json"));
        Files.writeString(dir.resolve("genai_config.json"), json.replace("\"num_hidden_layers\": 3", "\"num_hidden_layers\": 4"));
        assertThatThrownBy(() -> Engine.load(ModelFolder.open(dir))).isInstanceOf(ModelException.class)
                .hasMessageContaining("num_hidden_layers = 4 but the graph has 3");
    }

    @Test
    void anUnreadableTokenizer() throws IOException {
        Path dir = copy();
        Files.writeString(dir.resolve("tokenizer.json"), "{\"model\": {\"vocab\": {\"a\": 0}}, \"nonsense\": 1}");
        assertThatThrownBy(() -> Engine.load(ModelFolder.open(dir))).isInstanceOf(ModelException.class)
                .hasMessageContaining("tokenizer.json").hasMessageContaining("cannot be loaded")
                .satisfies(BadModelTest::assertOneLine);
    }

    private static void replaceInGraph(Path dir, String from, String to) throws IOException {
        Path onnx = dir.resolve("model.onnx");
        byte[] bytes = Files.readAllBytes(onnx);
        byte[] a = from.getBytes(StandardCharsets.US_ASCII);
        byte[] b = to.getBytes(StandardCharsets.US_ASCII);
        int replaced = 0;
        for (int i = 0; i + a.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, bytes, i, b.length);
                replaced++;
            }
        }
        assertThat(replaced).as("occurrences of " + from).isPositive();
        Files.write(onnx, bytes);
    }
}
