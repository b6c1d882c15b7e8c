package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionaryTest {
    @TempDir
    Path dir;

    @Test
    void addedWordsAreKeptPrivatelyAndReadBackByTheNextSession() throws Exception {
        UserDictionary first = UserDictionary.in(dir);
        assertThat(first.add("frobnicator")).isTrue();
        assertThat(first.add("Frobnicator")).isFalse();
        assertThat(first.add("gizmotron")).isTrue();

        Path file = dir.resolve(UserDictionary.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(UserDictionary.in(dir).words()).containsExactly("frobnicator", "gizmotron");
    }

    @Test
    void refusesWhatIsNotOneWordWithAOneLineReason() {
        UserDictionary d = UserDictionary.in(dir);
        assertThatThrownBy(() -> d.add("two words")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("single word").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> d.add("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(dir.resolve(UserDictionary.FILE_NAME))).isFalse();
    }

    @Test
    void aDamagedFileCountsAsEmptyAndTheNextAdditionRepairsIt() throws Exception {
        Path file = dir.resolve(UserDictionary.FILE_NAME);
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3});
        UserDictionary d = UserDictionary.in(dir);
        assertThat(d.words()).isEmpty();
        d.add("widget");
        assertThat(UserDictionary.in(dir).words()).containsExactly("widget");
    }
}
