package io.patentdesk.inference.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CudaLibrariesTest {

    @TempDir
    Path tmp;

    @Test
    void namesTheFirstLibraryNoFolderHas() throws Exception {
        Path cuda = Files.createDirectories(tmp.resolve("cuda"));
        Path cudnn = Files.createDirectories(tmp.resolve("cudnn"));
        assertThat(CudaLibraries.firstMissing(List.of(cuda, cudnn), "")).contains("libcudart.so.12");
        for (String lib : CudaLibraries.NEEDED.subList(0, 5)) {
            Files.createFile(cuda.resolve(lib));
        }
        assertThat(CudaLibraries.firstMissing(List.of(cuda, cudnn), "")).contains("libcudnn.so.9");
        Files.createFile(cudnn.resolve("libcudnn.so.9"));
        assertThat(CudaLibraries.firstMissing(List.of(cuda, cudnn), "")).isEmpty();
    }

    @Test
    void aLibraryInTheLinkersCacheCounts() {
        String cache = "ld.so-1.7.0\0libcudart.so.12\0/opt/x/libcudart.so.12\0libcudart.so.13\0";
        assertThat(CudaLibraries.firstMissing(List.of(tmp), cache)).contains("libcublasLt.so.12");
        assertThat(CudaLibraries.firstMissing(List.of(tmp), "libcudart.so.120")).contains("libcudart.so.12");
    }
}
