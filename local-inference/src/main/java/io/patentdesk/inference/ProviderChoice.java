package io.patentdesk.inference;

/** Which ONNX Runtime execution provider to ask for. */
public enum ProviderChoice {
    /** CUDA when this build and machine have it, else the CPU (with a status saying why). */
    AUTO,
    /** Always the CPU. */
    CPU,
    /** CUDA or a clear fall-back status; same as AUTO but the status is expected to be shown. */
    CUDA
}
