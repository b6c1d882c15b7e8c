package io.patentdesk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledModelTest {
    private static final String MODEL = "weights\n";
    private static final String CONFIG = "{\"model\":{}}\n";

    @TempDir
    Path tmp;

    private static String sha(String s) {
        return BundledModel.sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String index(String modelSha) {
        return modelSha + "  model.onnx\n" + sha(CONFIG) + "  genai_config.json\n";
    }

    private Path jar(String index) throws IOException {
        Path jar = tmp.resolve("bundle-" + System.nanoTime() + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "m/SHA256SUMS", index);
            put(out, "m/model.onnx", MODEL);
            put(out, "m/genai_config.json", CONFIG);
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private BundledModel fromJar(Path jar, Path cache) {
        return new BundledModel(new URLClassLoader(new URL[] {url(jar)}, null), "m", cache);
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void extractsFromJarOnceIntoAVersionedCacheFolder() throws IOException {
        Path cache = tmp.resolve("cache");
        Path dir = fromJar(jar(index(sha(MODEL))), cache).folder();
        assertThat(dir.getParent()).isEqualTo(cache.resolve("models"));
        assertThat(dir.getFileName().toString()).startsWith("m-").hasSize("m-".length() + 16);
        assertThat(Files.readString(dir.resolve("model.onnx"))).isEqualTo(MODEL);
        assertThat(Files.readString(dir.resolve("genai_config.json"))).isEqualTo(CONFIG);
        var before = Files.getLastModifiedTime(dir.resolve("model.onnx"));
        assertThat(fromJar(jar(index(sha(MODEL))), cache).folder()).isEqualTo(dir);
        assertThat(Files.getLastModifiedTime(dir.resolve("model.onnx"))).isEqualTo(before);
        try (var s = Files.list(cache.resolve("models"))) {
            assertThat(s.count()).as("no temporary folders left").isEqualTo(1);
        }
    }

    @Test
    void reExtractsADamagedCache() throws IOException {
        Path cache = tmp.resolve("cache");
        Path dir = fromJar(jar(index(sha(MODEL))), cache).folder();
        Files.writeString(dir.resolve("model.onnx"), "tampered");
        assertThat(Files.readString(fromJar(jar(index(sha(MODEL))), cache).folder().resolve("model.onnx")))
                .isEqualTo(MODEL);
    }

    @Test
    void aNewModelVersionGetsItsOwnFolder() throws IOException {
        Path cache = tmp.resolve("cache");
        Path a = fromJar(jar(index(sha(MODEL))), cache).folder();
        Path b = fromJar(jar(index(sha(MODEL)) + "\n"), cache).folder();
        assertThat(b).isNotEqualTo(a);
    }

    @Test
    void refusesAFileThatDoesNotMatchItsHash() throws IOException {
        Path cache = tmp.resolve("cache");
        assertThatThrownBy(() -> fromJar(jar(index(sha("other"))), cache).folder())
                .isInstanceOf(BundledModelException.class)
                .hasMessage("The bundled model is damaged: model.onnx does not match its SHA-256.");
        try (var s = Files.list(cache.resolve("models"))) {
            assertThat(s.count()).as("nothing half-written stays").isZero();
        }
    }

    @Test
    void missingModelHasAClearMessage() {
        var model = new BundledModel(new URLClassLoader(new URL[0], null), "absent", tmp);
        assertThatThrownBy(model::folder).isInstanceOf(BundledModelException.class)
                .hasMessageContaining("missing from this build");
    }

    @Test
    void indexRejectsPathsThatLeaveTheFolder() {
        String bad = sha(MODEL) + "  ../evil\n";
        assertThatThrownBy(() -> BundledModel.parseIndex(bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BundledModelException.class).hasMessageContaining("unreadable line");
    }

    @Test
    void usesAFolderOnTheClassPathDirectly() throws IOException {
        Path dir = new BundledModel(getClass().getClassLoader(), "test-bundle/tiny", tmp.resolve("cache")).folder();
        assertThat(dir.resolve("model.onnx")).exists();
        assertThat(tmp.resolve("cache")).doesNotExist();
    }

    @Test
    void prefersTheRepositorySourceFolderOverTargetClasses() throws IOException {
        Path module = tmp.resolve("onnx-models");
        Path classes = Files.createDirectories(module.resolve("target/classes/m"));
        Path source = Files.createDirectories(module.resolve("m"));
        for (Path d : new Path[] {classes, source}) {
            Files.writeString(d.resolve("SHA256SUMS"), index(sha(MODEL)));
            Files.writeString(d.resolve("model.onnx"), MODEL);
        }
        var loader = new URLClassLoader(new URL[] {url(module.resolve("target/classes"))}, null);
        assertThat(new BundledModel(loader, "m", tmp.resolve("cache")).folder()).isEqualTo(source);
        Files.writeString(source.resolve("SHA256SUMS"), "different");
        assertThat(new BundledModel(loader, "m", tmp.resolve("cache")).folder()).isEqualTo(classes);
    }

    @Test
    void cacheFolderFollowsPlatformConventions() {
        assertThat(BundledModel.cacheBase("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\a\\AppData\\Local"), "C:\\Users\\a"))
                .isEqualTo(Path.of("C:\\Users\\a\\AppData\\Local", "PatentDesk", "cache"));
        assertThat(BundledModel.cacheBase("Mac OS X", Map.of(), "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Caches/PatentDesk"));
        assertThat(BundledModel.cacheBase("Linux", Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/a"))
                .isEqualTo(Path.of("/x/cache/patentdesk"));
        assertThat(BundledModel.cacheBase("Linux", Map.of("XDG_CACHE_HOME", "relative"), "/home/a"))
                .isEqualTo(Path.of("/home/a/.cache/patentdesk"));
    }

    @Test
    void theBundledModelIsCompleteAndMatchesItsIndex() throws IOException {
        Assumptions.assumeTrue(BundledModel.isBundled(), "no bundled model in this build yet");
        Path dir = BundledModel.locate();
        for (String f : new String[] {"model.onnx", "genai_config.json", "tokenizer.json", "patentdesk.json"}) {
            assertThat(dir.resolve(f)).isRegularFile();
        }
        var files = BundledModel.parseIndex(Files.readAllBytes(dir.resolve(BundledModel.INDEX)));
        for (var e : files.entrySet()) {
            assertThat(BundledModel.sha256(dir.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
