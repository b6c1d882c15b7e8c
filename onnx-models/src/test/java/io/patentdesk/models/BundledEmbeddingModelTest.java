package io.patentdesk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BundledEmbeddingModelTest {

    @Test
    void bothFilesAreOnTheClassPathWithTheirPinnedHashes() throws Exception {
        BundledEmbeddingModel.Files files = BundledEmbeddingModel.load();
        assertThat(BundledModel.sha256(files.graph())).isEqualTo(BundledEmbeddingModel.GRAPH_SHA256);
        assertThat(new String(files.tokenizerJson(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"WordPiece\"");
    }

    @Test
    void aMissingFileIsOneLine() {
        ClassLoader empty = new ClassLoader(null) {
        };
        assertThatThrownBy(() -> BundledEmbeddingModel.load(empty)).isInstanceOf(BundledModelException.class)
                .hasMessage("The embedding model is missing from this build (all-minilm-l6-v2-q.onnx is not on the class path).");
    }

    @Test
    void aChangedFileIsRefused() {
        ClassLoader tampered = new ClassLoader(null) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return new ByteArrayInputStream(new byte[] {1, 2, 3});
            }
        };
        assertThatThrownBy(() -> BundledEmbeddingModel.load(tampered)).isInstanceOf(BundledModelException.class)
                .hasMessageContaining("does not match its SHA-256");
    }
}
