package io.patentdesk.inference.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession.SessionOptions;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.ProviderChoice;
import io.patentdesk.inference.ProviderStatus;

/**
 * Session options for the chosen execution provider. The CUDA provider needs the {@code onnxruntime_gpu} artifact
 * (Maven profile {@code cuda}) and the CUDA and cuDNN libraries; when either is missing the model runs on the CPU and
 * the status says what was missing.
 */
public final class ExecutionProviders {

    private ExecutionProviders() {
    }

    /** Options plus the status they lead to. The caller closes the options. */
    public record Configured(SessionOptions options, ProviderStatus status) {
    }

    public static Configured configure(EngineOptions engine) throws OrtException {
        String missing = null;
        if (engine.provider() != ProviderChoice.CPU) {
            if (!OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
                missing = "CUDA: not in this build (build with -Pcuda)";
            } else {
                SessionOptions gpu = base(1);
                try {
                    gpu.addCUDA(0);
                    return new Configured(gpu, new ProviderStatus("cuda", 0, null));
                } catch (OrtException | RuntimeException e) {
                    gpu.close();
                    missing = "CUDA: " + CudaLibraries.firstMissing()
                            .map(lib -> lib + " not found (needs CUDA 12 and cuDNN 9)")
                            .orElse(firstLine(e.getMessage()));
                }
            }
        }
        int threads = engine.threads() > 0 ? engine.threads() : PhysicalCores.count();
        return new Configured(base(threads), new ProviderStatus("cpu", threads, missing));
    }

    /** CPU-side settings shared by both providers. */
    static SessionOptions base(int threads) throws OrtException {
        SessionOptions o = new SessionOptions();
        o.setOptimizationLevel(SessionOptions.OptLevel.ALL_OPT);
        o.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
        o.setIntraOpNumThreads(threads);
        o.setInterOpNumThreads(1);
        // Idle worker threads sleep instead of spinning: a desktop app must not burn a core between tokens.
        o.addConfigEntry("session.intra_op.allow_spinning", "0");
        o.addConfigEntry("session.inter_op.allow_spinning", "0");
        return o;
    }

    /** The first line of an ONNX Runtime message, without its "Error code - ORT_... - message:" prefix. */
    public static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unavailable";
        }
        String line = message.lines().filter(l -> !l.isBlank()).findFirst().orElse(message).trim();
        return line.replaceFirst("^Error code - ORT_[A-Z_]+ - message: ", "");
    }
}
