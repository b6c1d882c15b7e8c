package io.patentdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class CrashLogFolderTest {
    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(OS.WINDOWS) // POSIX permissions
    void createsTheErrorFilesFolderForTheUserOnly() throws Exception {
        Path logs = dir.resolve("PatentDesk").resolve("logs");
        assertThat(CrashLogFolder.ensureFor(logs.resolve("hs_err_pid%p.log").toString())).isEqualTo(logs);
        assertThat(Files.isDirectory(logs)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void tightensAFolderThatOthersCouldRead() throws Exception {
        Path logs = Files.createDirectory(dir.resolve("logs"));
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-xr-x"));
        CrashLogFolder.ensureFor(logs.resolve("hs_err_pid%p.log").toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
    }

    @Test
    void withoutAnErrorFileNothingIsCreated() throws Exception {
        assertThat(CrashLogFolder.ensureFor("")).isNull();
        assertThat(CrashLogFolder.ensureFor(null)).isNull();
    }

    @Test
    void anUnexpandedVariableIsNotTakenForAFolderName() throws Exception {
        Path unexpanded = dir.resolve("$HOME").resolve("logs");
        assertThat(CrashLogFolder.ensureFor(unexpanded.resolve("hs_err_pid%p.log").toString())).isNull();
        assertThat(dir.resolve("$HOME")).doesNotExist();
    }
}
