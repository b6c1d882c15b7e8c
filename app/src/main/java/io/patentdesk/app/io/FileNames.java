package io.patentdesk.app.io;

import java.nio.file.Path;
import java.util.Locale;

/** File name helpers shared by the importers and exporters. */
final class FileNames {
    private FileNames() {
    }

    /** "draft.docx" -> "draft". */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Lower-case extension without the dot; "" when none. */
    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
