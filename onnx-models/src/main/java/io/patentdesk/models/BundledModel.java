package io.patentdesk.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the bundled PatentGPT-mini model as a folder on disk, which is what ONNX Runtime and the tokenizer need.
 *
 * <p>The model ships as class-path resources under {@code patentgpt-mini/} with a {@code SHA256SUMS} index
 * (sha256sum format). Run from the repository, the source folder {@code onnx-models/patentgpt-mini} is used
 * directly; run from a jar, the files are extracted once into a per-version cache folder (the version is the hash
 * of the index) and verified against the index on every use, re-extracted when damaged.
 */
public final class BundledModel {
    /** Resource folder of the bundled model. */
    public static final String RESOURCE_ROOT = "patentgpt-mini";
    /** The index of the bundled files: {@code <sha256>  <file name>} per line. */
    public static final String INDEX = "SHA256SUMS";
    private static final String COMPLETE_MARKER = ".complete";

    private final ClassLoader loader;
    private final String root;
    private final Path cacheBase;

    public BundledModel(ClassLoader loader, String resourceRoot, Path cacheBase) {
        this.loader = Objects.requireNonNull(loader);
        this.root = Objects.requireNonNull(resourceRoot);
        this.cacheBase = Objects.requireNonNull(cacheBase);
    }

    /** The bundled model folder, with the platform's cache folder. */
    public static Path locate() throws BundledModelException {
        return new BundledModel(BundledModel.class.getClassLoader(), RESOURCE_ROOT,
                cacheBase(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", ".")))
                .folder();
    }

    /** True when this build carries the bundled model. */
    public static boolean isBundled() {
        return BundledModel.class.getClassLoader().getResource(RESOURCE_ROOT + "/" + INDEX) != null;
    }

    /** Returns a folder holding every file of the index, each with its recorded hash. */
    public Path folder() throws BundledModelException {
        URL indexUrl = loader.getResource(root + "/" + INDEX);
        if (indexUrl == null) {
            throw new BundledModelException("The bundled model is missing from this build (" + root + "/" + INDEX
                    + " is not on the class path).");
        }
        byte[] indexBytes = read(root + "/" + INDEX);
        Map<String, String> files = parseIndex(indexBytes);
        if ("file".equals(indexUrl.getProtocol())) {
            Path dir = toPath(indexUrl).getParent();
            return sourceFolderOf(dir, indexBytes).orElse(dir);
        }
        String version = sha256(indexBytes).substring(0, 16);
        Path target = cacheBase.resolve("models").resolve(root + "-" + version);
        if (Files.exists(target.resolve(COMPLETE_MARKER)) && matches(target, files)) {
            return target;
        }
        return extract(files, target);
    }

    /**
     * When the resources come from {@code <module>/target/classes/<root>}, the repository's own
     * {@code <module>/<root>} with the same index is the single copy to use.
     */
    private Optional<Path> sourceFolderOf(Path dir, byte[] indexBytes) {
        Path classes = dir.getParent();
        if (classes == null || classes.getParent() == null || classes.getParent().getParent() == null
                || !classes.getFileName().toString().equals("classes")
                || !classes.getParent().getFileName().toString().equals("target")) {
            return Optional.empty();
        }
        Path source = classes.getParent().getParent().resolve(root);
        try {
            if (Files.isRegularFile(source.resolve(INDEX))
                    && Arrays.equals(Files.readAllBytes(source.resolve(INDEX)), indexBytes)) {
                return Optional.of(source);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private Path extract(Map<String, String> files, Path target) throws BundledModelException {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempDirectory(target.getParent(), target.getFileName() + ".tmp-");
            try {
                for (Map.Entry<String, String> e : files.entrySet()) {
                    copyVerified(e.getKey(), e.getValue(), tmp.resolve(e.getKey()));
                }
                Files.writeString(tmp.resolve(COMPLETE_MARKER), "ok\n");
                if (Files.exists(target)) {
                    deleteTree(target); // damaged or half-written by an older run
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException race) {
                    // Another PatentDesk process finished first: use its copy when it is intact.
                    if (!matches(target, files)) {
                        throw new BundledModelException("Could not unpack the bundled model into " + target
                                + ": another process is writing there; try again.", race);
                    }
                }
                return target;
            } finally {
                if (Files.exists(tmp)) {
                    deleteTree(tmp);
                }
            }
        } catch (BundledModelException e) {
            throw e;
        } catch (IOException e) {
            throw new BundledModelException("Could not unpack the bundled model into " + target + ": " + e.getMessage(), e);
        }
    }

    private void copyVerified(String name, String expected, Path dest) throws IOException {
        // getResourceAsStream, not URL.openStream: the privacy rule forbids fetching URLs in PatentDesk code.
        InputStream raw = loader.getResourceAsStream(root + "/" + name);
        if (raw == null) {
            throw new BundledModelException("The bundled model is incomplete: " + root + "/" + name + " is missing.");
        }
        MessageDigest md = newDigest();
        try (InputStream in = new DigestInputStream(raw, md)) {
            Files.copy(in, dest);
        }
        String actual = HexFormat.of().formatHex(md.digest());
        if (!actual.equals(expected)) {
            throw new BundledModelException("The bundled model is damaged: " + name + " does not match its SHA-256.");
        }
    }

    private static boolean matches(Path dir, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path p = dir.resolve(e.getKey());
                if (!Files.isRegularFile(p) || !sha256(p).equals(e.getValue())) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Parses sha256sum lines; rejects names that could leave the folder. */
    static Map<String, String> parseIndex(byte[] bytes) throws BundledModelException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] parts = l.split("\\s+\\*?", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}") || !parts[1].matches("[A-Za-z0-9._-]+")
                    || parts[1].startsWith(".")) {
                throw new BundledModelException("The bundled model's " + INDEX + " has an unreadable line: " + l);
            }
            files.put(parts[1], parts[0]);
        }
        if (files.isEmpty()) {
            throw new BundledModelException("The bundled model's " + INDEX + " lists no files.");
        }
        return files;
    }

    /** Per-user cache folder: %LOCALAPPDATA% on Windows, ~/Library/Caches on macOS, XDG elsewhere. */
    static Path cacheBase(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("PatentDesk").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Caches", "PatentDesk");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && xdg.startsWith("/") ? Path.of(xdg) : Path.of(userHome, ".cache");
        return base.resolve("patentdesk");
    }

    private byte[] read(String resource) throws BundledModelException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new BundledModelException("The bundled model is missing from this build (" + resource
                        + " is not on the class path).");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BundledModelException("Could not read the bundled model's index: " + e.getMessage(), e);
        }
    }

    private static Path toPath(URL url) throws BundledModelException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new BundledModelException("Could not resolve the bundled model folder " + url, e);
        }
    }

    static String sha256(Path p) throws IOException {
        MessageDigest md = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
