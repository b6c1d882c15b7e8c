package io.patentdesk.inference;

/**
 * Where the model runs, for the status bar.
 *
 * @param provider "cpu" or "cuda"
 * @param threads  intra-op threads on the CPU (0 when the model runs on the GPU)
 * @param missing  why a faster provider was not used (e.g. "CUDA: libcudart.so.12 not found"), or null
 */
public record ProviderStatus(String provider, int threads, String missing) {

    public boolean onGpu() {
        return "cuda".equals(provider);
    }

    /** One line such as {@code CPU, 2 threads (CUDA: not in this build; build with -Pcuda)}. */
    public String summary() {
        String where = onGpu() ? "CUDA GPU" : "CPU, " + threads + (threads == 1 ? " thread" : " threads");
        return missing == null ? where : where + " (" + missing + ")";
    }
}
