package io.patentdesk.app.io;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;

/**
 * Finds the serif (Song/Ming) CJK fonts installed on this machine that a PDF export can embed, so Chinese text in the
 * PDF is set in the same kind of face as the DOCX export names (SimSun). It only looks at file names in the usual font
 * folders; whether a file really loads is {@link PdfFonts}' job, which falls back to the bundled Droid Sans Fallback.
 *
 * <p>Only faces with TrueType outlines are listed: PDFBox subsets those reliably. Noto Serif CJK and Source Han Serif
 * ship only with CFF (PostScript) outlines, so they are not looked for.
 */
final class SerifCjkFontFinder {
    /** A font file looked for, and the face (PostScript name) to take when the file is a collection. */
    record Candidate(String fileName, String postScriptName) {
    }

    /** A candidate found on disk. */
    record Found(Path file, String postScriptName) {
    }

    /** In order of preference: SimSun first, the face the DOCX export names. */
    static final List<Candidate> CANDIDATES = List.of(
            new Candidate("simsun.ttc", "SimSun"),
            new Candidate("simsun.ttf", "SimSun"),
            new Candidate("Songti.ttc", "STSongti-SC-Regular"),
            new Candidate("STSong.ttf", "STSong"),
            new Candidate("uming.ttc", "UMingCN"),
            new Candidate("msmincho.ttc", "MS-Mincho"));

    /** Font folders nest (/usr/share/fonts/truetype/arphic, /System/Library/Fonts/Supplemental); not deeper. */
    private static final int MAX_DEPTH = 4;

    private final List<Path> folders;

    SerifCjkFontFinder(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** A finder over this machine's font folders. */
    static SerifCjkFontFinder forThisMachine() {
        return new SerifCjkFontFinder(systemFolders(System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")), System.getenv()));
    }

    /** The folders where fonts are installed on {@code osName}, system-wide and for the user. */
    static List<Path> systemFolders(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<Path> out = new ArrayList<>();
        if (os.startsWith("windows")) {
            out.add(Path.of(env.getOrDefault("WINDIR", "C:\\Windows"), "Fonts"));
            String local = env.get("LOCALAPPDATA");
            out.add(local != null ? Path.of(local, "Microsoft", "Windows", "Fonts")
                    : home.resolve(Path.of("AppData", "Local", "Microsoft", "Windows", "Fonts")));
        } else if (os.startsWith("mac")) {
            out.add(Path.of("/System/Library/Fonts"));
            out.add(Path.of("/Library/Fonts"));
            out.add(home.resolve(Path.of("Library", "Fonts")));
        } else {
            out.add(Path.of("/usr/share/fonts"));
            out.add(Path.of("/usr/local/share/fonts"));
            out.add(home.resolve(".fonts"));
            out.add(home.resolve(Path.of(".local", "share", "fonts")));
        }
        return out;
    }

    /** The candidates present, most preferred first; file names compare without case (Windows and macOS ignore it). */
    List<Found> installed() {
        Map<String, Path> byName = new TreeMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                Files.walkFileTree(folder, Set.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            byName.putIfAbsent(lower(file.getFileName().toString()), file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE; // an unreadable folder or link: the others are still looked at
                    }
                });
            } catch (IOException e) {
                // The folder cannot be read: the export still has the bundled face.
            }
        }
        List<Found> out = new ArrayList<>();
        for (Candidate c : CANDIDATES) {
            Optional.ofNullable(byName.get(lower(c.fileName()))).ifPresent(f -> out.add(new Found(f, c.postScriptName())));
        }
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
