package io.patentdesk.app.prior;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.ProviderChoice;
import io.patentdesk.inference.embed.SentenceEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageCacheTest {
    @TempDir
    Path dir;

    @Test
    void aReferenceIsEmbeddedOnceAndReadBackExactlyUntilItsContentChanges() throws Exception {
        Path ref = Files.writeString(dir.resolve("ref.txt"), String.join("\n",
                "[0004] The hoop is bent into a U shape from hardened steel and held in the housing by a latch.",
                "[0005] A key turns a cylinder in the housing, which withdraws the latch so the hoop comes free."));
        Path data = dir.resolve("data");
        AtomicInteger embedded = new AtomicInteger();
        try (SentenceEmbedder encoder = BundledEncoder.open(EngineOptions.defaults().withProvider(ProviderChoice.CPU))) {
            TextEmbedder counting = texts -> {
                embedded.addAndGet(texts.size());
                return encoder.embed(texts);
            };
            PassageLibrary first;
            try (PassageCache cache = PassageCache.open(data)) {
                ReferenceIndexer indexer = new ReferenceIndexer(counting, "m", cache);
                first = indexer.library(List.of(ref), IndexProgress.NONE);
                assertThat(indexer.fromCache()).isZero();
            }
            assertThat(embedded.get()).isEqualTo(2);
            if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(PassageCache.FILE))))
                        .isEqualTo("rw-------");
            }
            try (PassageCache cache = PassageCache.open(data)) { // a new start: read back, nothing embedded
                ReferenceIndexer indexer = new ReferenceIndexer(counting, "m", cache);
                PassageLibrary again = indexer.library(List.of(ref), IndexProgress.NONE);
                assertThat(indexer.fromCache()).isEqualTo(1);
                assertThat(embedded.get()).isEqualTo(2);
                assertThat(again.passages()).isEqualTo(first.passages());
                assertThat(again.vector(1)).containsExactly(first.vector(1));
                assertThat(again.passages().get(1).paragraph()).isEqualTo("[0005]");
                // Another model's vectors are never mixed in.
                ReferenceIndexer other = new ReferenceIndexer(counting, "other-model", cache);
                other.library(List.of(ref), IndexProgress.NONE);
                assertThat(other.fromCache()).isZero();
                assertThat(embedded.get()).isEqualTo(4);
                // Changed content: indexed again.
                Files.writeString(ref, "[0004] The shackle is made of boron steel and cannot be sawn through easily.");
                indexer.library(List.of(ref), IndexProgress.NONE);
                assertThat(indexer.fromCache()).isZero();
                assertThat(embedded.get()).isEqualTo(5);
            }
        }
    }

    @Test
    void vectorsRoundTripAsLittleEndianFloats() {
        float[] v = {1.5f, -0.25f, Float.MIN_VALUE, 3.0e-8f};
        assertThat(PassageCache.floats(PassageCache.bytes(v))).containsExactly(v);
        assertThat(PassageCache.bytes(new float[] {1f})).containsExactly(0, 0, (byte) 0x80, 0x3f);
    }
}
