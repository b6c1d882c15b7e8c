package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Models dialog's list and default survive a restart, private to the user; a damaged file is no list. */
class ModelSettingsTest {
    @TempDir
    Path dir;

    @Test
    void foldersAndTheDefaultAreRememberedInAPrivateFile() throws Exception {
        Path a = Files.createDirectory(dir.resolve("qwen"));
        Path b = Files.createDirectory(dir.resolve("phi"));
        ModelSettings s = ModelSettings.in(dir);
        s.add(a);
        s.add(b);
        s.add(a);
        s.setDefault(b);

        ModelSettings again = ModelSettings.in(dir);
        assertThat(again.folders()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
        assertThat(again.defaultFolder()).contains(b.toAbsolutePath());
        Path file = dir.resolve(ModelSettings.FILE_NAME);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }

        again.remove(b);
        ModelSettings third = ModelSettings.in(dir);
        assertThat(third.folders()).containsExactly(a.toAbsolutePath());
        assertThat(third.defaultFolder()).isEmpty();
    }

    @Test
    void aDamagedFileMeansTheBundledModelAndIsReplacedOnTheNextChange() throws Exception {
        Files.writeString(dir.resolve(ModelSettings.FILE_NAME), "{\"folders\": [");
        ModelSettings s = ModelSettings.in(dir);
        assertThat(s.folders()).isEmpty();
        assertThat(s.defaultFolder()).isEmpty();
        s.setDefault(dir);
        assertThat(ModelSettings.in(dir).defaultFolder()).contains(dir.toAbsolutePath());
    }
}
