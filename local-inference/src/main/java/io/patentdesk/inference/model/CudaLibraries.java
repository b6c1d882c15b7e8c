package io.patentdesk.inference.model;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names the first CUDA library ONNX Runtime's CUDA provider needs that this machine lacks. ONNX Runtime only says
 * "Failed to load shared library"; a user needs to know which one (and so whether CUDA or cuDNN is missing).
 */
public final class CudaLibraries {

    /** What onnxruntime_gpu 1.23 links against: CUDA 12 and cuDNN 9. */
    static final List<String> NEEDED = List.of("libcudart.so.12", "libcublasLt.so.12", "libcublas.so.12",
            "libcurand.so.10", "libcufft.so.11", "libcudnn.so.9");

    private CudaLibraries() {
    }

    static Optional<String> firstMissing() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return Optional.empty(); // other systems name their libraries differently; trust ONNX Runtime's message
        }
        List<Path> dirs = new ArrayList<>();
        for (String env : List.of("LD_LIBRARY_PATH", "CUDA_PATH", "CUDA_HOME")) {
            String v = System.getenv(env);
            if (v != null) {
                for (String d : v.split(File.pathSeparator)) {
                    if (!d.isBlank()) {
                        dirs.add(Path.of(d));
                        dirs.add(Path.of(d, "lib64"));
                    }
                }
            }
        }
        for (String d : List.of("/usr/local/cuda/lib64", "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
                "/usr/lib64", "/usr/lib", "/lib/x86_64-linux-gnu")) {
            dirs.add(Path.of(d));
        }
        return firstMissing(dirs, ldCache());
    }

    /** The dynamic linker's cache lists every library ldconfig knows, wherever it lives; its names are plain bytes. */
    private static String ldCache() {
        try {
            return new String(Files.readAllBytes(Path.of("/etc/ld.so.cache")), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static Optional<String> firstMissing(List<Path> dirs, String ldCache) {
        for (String lib : NEEDED) {
            if (!ldCache.contains(lib + "\0") && dirs.stream().noneMatch(d -> Files.exists(d.resolve(lib)))) {
                return Optional.of(lib);
            }
        }
        return Optional.empty();
    }
}
