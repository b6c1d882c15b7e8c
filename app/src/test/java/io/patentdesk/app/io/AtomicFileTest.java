package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("draft.docx"), "old content");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(ExportException.class).hasMessage("Cannot write draft.docx: disk full");
        assertThat(Files.readString(target)).isEqualTo("old content");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheFile() throws Exception {
        Path target = Files.writeString(dir.resolve("a.pdf"), "old");
        AtomicFile.write(target, out -> out.write("new".getBytes()));
        assertThat(Files.readString(target)).isEqualTo("new");
    }
}
