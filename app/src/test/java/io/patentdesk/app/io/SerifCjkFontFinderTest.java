package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.io.SerifCjkFontFinder.Found;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which installed files are taken as serif CJK faces, and in what order (names only: loading is PdfFonts' job). */
class SerifCjkFontFinderTest {
    @TempDir
    Path dir;

    @Test
    void serifCjkFilesAreFoundInNestedFoldersWithoutCaseMostPreferredFirst() throws Exception {
        Path system = dir.resolve("usr-share-fonts");
        Path user = dir.resolve("local-share-fonts");
        touch(system.resolve("truetype/arphic/uming.ttc"));
        touch(system.resolve("opentype/noto/NotoSerifCJK-Regular.ttc")); // CFF outlines: not looked for
        touch(system.resolve("truetype/dejavu/DejaVuSerif.ttf"));
        touch(user.resolve("SIMSUN.TTC"));
        touch(user.resolve("a/b/c/d/e/simsun.ttf")); // deeper than font folders nest

        List<Found> found = new SerifCjkFontFinder(List.of(dir.resolve("missing"), system, user)).installed();

        assertThat(found).containsExactly(new Found(user.resolve("SIMSUN.TTC"), "SimSun"),
                new Found(system.resolve("truetype/arphic/uming.ttc"), "UMingCN"));
    }

    @Test
    void theFirstFolderHoldingAFileWinsAndNoneFoundIsEmpty() throws Exception {
        Path windows = dir.resolve("Windows/Fonts");
        Path userFonts = dir.resolve("AppData/Fonts");
        touch(windows.resolve("msmincho.ttc"));
        touch(userFonts.resolve("msmincho.ttc"));
        touch(userFonts.resolve("Songti.ttc"));

        assertThat(new SerifCjkFontFinder(List.of(windows, userFonts)).installed()).containsExactly(
                new Found(userFonts.resolve("Songti.ttc"), "STSongti-SC-Regular"),
                new Found(windows.resolve("msmincho.ttc"), "MS-Mincho"));
        assertThat(new SerifCjkFontFinder(List.of(dir.resolve("Windows"), dir.resolve("nowhere"))).installed())
                .hasSize(1);
        assertThat(new SerifCjkFontFinder(List.of(dir.resolve("nowhere"))).installed()).isEmpty();
    }

    @Test
    void eachSystemHasItsFontFolders() {
        Path home = Path.of("/home/ann");
        assertThat(SerifCjkFontFinder.systemFolders("Windows 11", home,
                Map.of("WINDIR", "D:\\Win", "LOCALAPPDATA", "/users/ann/local"))).containsExactly(
                        Path.of("D:\\Win", "Fonts"), Path.of("/users/ann/local", "Microsoft", "Windows", "Fonts"));
        assertThat(SerifCjkFontFinder.systemFolders("Mac OS X", home, Map.of())).containsExactly(
                Path.of("/System/Library/Fonts"), Path.of("/Library/Fonts"), home.resolve("Library/Fonts"));
        assertThat(SerifCjkFontFinder.systemFolders("Linux", home, Map.of())).containsExactly(
                Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"), home.resolve(".fonts"),
                home.resolve(".local/share/fonts"));
    }

    private static void touch(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not a font: only the name counts here");
    }
}
