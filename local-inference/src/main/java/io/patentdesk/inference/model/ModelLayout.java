package io.patentdesk.inference.model;

/** The folder layouts the ecosystem exports and the engine reads. */
public enum ModelLayout {
    /** onnxruntime-genai model builder: {@code genai_config.json} + {@code model.onnx}. */
    GENAI,
    /** Hugging Face Optimum: {@code config.json} + {@code model.onnx} or {@code decoder_model_merged.onnx}. */
    OPTIMUM
}
