import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar without the native libraries built for other platforms (and without debug-symbol bundles), so that an
 * installer for one platform does not carry the others': ONNX Runtime, DJL tokenizers, SQLite JDBC and JNA ship every
 * platform's libraries in one jar, about 95 MB of the Linux installer's 165 MB before this step.
 *
 * <p>Run by installer/build.sh with the JDK that builds the installer (a single-file program, so the build machines
 * of Windows and macOS need nothing besides that JDK):
 * {@code java StripForeignNatives.java PLATFORM OUT_DIR JAR...}, PLATFORM one of linux-x64, linux-aarch64,
 * mac-x64, mac-aarch64, win-x64. Prints one line when it removes anything. A jar it changes loses its signature files,
 * since they no longer match (the installer signs the jars afterwards when given a keystore).
 *
 * <p>A library counts as another platform's only when a folder on its path names a platform ("linux-x64",
 * "Linux/x86_64", "darwin-aarch64", "win32-x86-64", ...) that is not the target: libraries in no platform folder
 * (JavaFX's, at the root of its platform jar) always stay.
 */
public final class StripForeignNatives {
    private static final Pattern NATIVE = Pattern.compile("(?i).*\\.(so(\\.\\d+)*|dylib|dll|jnilib|a|pdb|lib)$");
    private static final Pattern OS_FOLDER = Pattern.compile(
            "(?i)(linux|osx|mac|macos|darwin|win|win32|win64|windows|freebsd|openbsd|netbsd|sunos|solaris|aix|android|dragonflybsd)(-.+)?");
    private static final Set<String> JAR_SIGNATURE = Set.of(".SF", ".RSA", ".DSA", ".EC");

    private StripForeignNatives() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java StripForeignNatives.java PLATFORM OUT_DIR JAR...");
            System.exit(2);
        }
        Set<String> ours = platformFolders(args[0]);
        Path outDir = Files.createDirectories(Path.of(args[1]));
        for (int i = 2; i < args.length; i++) {
            Path in = Path.of(args[i]);
            copyWithout(in, outDir.resolve(in.getFileName()), ours);
        }
    }

    /** Copies one jar; only a jar that loses entries is rewritten (and then loses its signature files too). */
    static void copyWithout(Path in, Path out, Set<String> ours) throws IOException {
        try (ZipFile zip = new ZipFile(in.toFile())) {
            List<? extends ZipEntry> foreign = zip.stream().filter(e -> foreign(e.getName(), ours)).toList();
            if (foreign.isEmpty()) {
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING); // byte for byte, any signature intact
                return;
            }
            try (ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
                for (ZipEntry e : zip.stream().toList()) {
                    if (foreign(e.getName(), ours) || signatureFile(e.getName())) {
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(e.getTime());
                    zout.putNextEntry(copy);
                    try (InputStream data = zip.getInputStream(e)) {
                        data.transferTo(zout);
                    }
                    zout.closeEntry();
                }
            }
            long bytes = foreign.stream().mapToLong(ZipEntry::getSize).sum();
            System.out.printf("%s: removed %d entries, %.1f MB (uncompressed) of other platforms' native code%n",
                    in.getFileName(), foreign.size(), bytes / 1e6);
        }
    }

    /** True for another platform's native library, or any file of a macOS debug-symbol bundle. */
    static boolean foreign(String name, Set<String> ours) {
        if (name.contains(".dSYM/")) {
            return true;
        }
        if (!NATIVE.matcher(name).matches()) {
            return false;
        }
        String[] parts = name.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (OS_FOLDER.matcher(parts[i]).matches()) {
                String folder = parts[i].toLowerCase(Locale.ROOT);
                // "Linux/x86_64" (SQLite JDBC) names the architecture in the next folder.
                if (!folder.contains("-") && i + 2 < parts.length) {
                    folder += "/" + parts[i + 1].toLowerCase(Locale.ROOT);
                }
                return !ours.contains(folder);
            }
        }
        return false;
    }

    /** The folder names the supported libraries use for one platform. */
    static Set<String> platformFolders(String platform) {
        return switch (platform) {
            case "linux-x64" -> Set.of("linux-x64", "linux-x86_64", "linux-x86-64", "linux-amd64", "linux/x86_64", "linux/amd64");
            case "linux-aarch64" -> Set.of("linux-aarch64", "linux-arm64", "linux/aarch64", "linux/arm64");
            case "mac-x64" -> Set.of("osx-x64", "osx-x86_64", "darwin-x86-64", "darwin-x86_64", "mac/x86_64", "macos-x64");
            case "mac-aarch64" -> Set.of("osx-aarch64", "osx-arm64", "darwin-aarch64", "darwin-arm64", "mac/aarch64", "macos-aarch64");
            case "win-x64" -> Set.of("win-x64", "win-x86_64", "win32-x86-64", "win-amd64", "windows/x86_64", "windows-x86_64");
            default -> {
                System.err.println("StripForeignNatives: unknown platform " + platform
                        + ": use linux-x64, linux-aarch64, mac-x64, mac-aarch64 or win-x64");
                System.exit(2);
                yield Set.of();
            }
        };
    }

    /** META-INF/*.SF, *.RSA, ...: a changed jar's signature no longer matches its contents. */
    static boolean signatureFile(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.startsWith("META-INF/") && n.indexOf('/', 9) < 0 && JAR_SIGNATURE.stream().anyMatch(n::endsWith);
    }
}
