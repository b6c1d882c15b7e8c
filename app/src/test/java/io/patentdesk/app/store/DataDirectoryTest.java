package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    @Test
    void eachPlatformHasItsRule() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/PatentDesk"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/data/PatentDesk"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/PatentDesk"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/PatentDesk"));
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", "/home/u"))
                .isEqualTo(Path.of("/appdata/PatentDesk"));
    }

    @Test
    void overridesWinPropertyFirst() {
        assertThat(DataDirectory.resolve("/p", Map.of("PATENTDESK_DATA_DIR", "/e"), "Linux", "/h"))
                .isEqualTo(Path.of("/p"));
        assertThat(DataDirectory.resolve(" ", Map.of("PATENTDESK_DATA_DIR", "/e"), "Linux", "/h"))
                .isEqualTo(Path.of("/e"));
    }
}
