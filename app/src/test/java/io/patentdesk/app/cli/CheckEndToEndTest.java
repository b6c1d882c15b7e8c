package io.patentdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code patentdesk check} as a separate process: real exit status, real stdout and stderr. */
class CheckEndToEndTest {

    @TempDir
    Path dir;

    record Result(int status, String out, String err) {}

    private static Result exec(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static List<String> javaMain(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.patentdesk.app.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void checkRunsAsAProcess() throws Exception {
        Path bad = Files.writeString(dir.resolve("c.txt"), "1. A lamp.\n2. The lamp of claim 1, wherein the bulb glows.\n");
        Result r = exec(javaMain("check", bad.toString(), "--format", "json"));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).startsWith("{\"claims\":[").contains("\"rule\":\"antecedent-basis\"");
        Path empty = Files.writeString(dir.resolve("e.txt"), "");
        Result e = exec(javaMain("check", empty.toString()));
        assertThat(e.status()).isEqualTo(2);
        assertThat(e.err().strip()).isEqualTo("patentdesk: e.txt is empty");
    }

    /** The launcher script itself, when this checkout's jar is already built (it is after {@code mvn package}). */
    @Test
    void theLauncherScriptChecksAFile() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path script = root.resolve("patentdesk");
        Path jar = root.resolve("app/target/patentdesk.jar");
        Assumptions.assumeTrue(Files.isExecutable(script) && Files.isRegularFile(jar)
                && Files.isDirectory(root.resolve("app/target/lib")), "launcher or built jar not present");
        Assumptions.assumeTrue(!newerSources(root, Files.getLastModifiedTime(jar).toMillis()),
                "the jar is older than the sources; the launcher would rebuild");
        Path ok = Files.writeString(dir.resolve("ok.txt"), "1. A lamp comprising a bulb.\n");
        Result r = exec(List.of(script.toString(), "check", ok.toString()));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("ok.txt: 1 claim (1 independent): 0 errors");
    }

    private static boolean newerSources(Path root, long jarTime) throws IOException {
        for (String m : List.of("claims-analyzer", "local-inference", "onnx-models", "editor", "app")) {
            Path src = root.resolve(m).resolve("src/main");
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (var s = Files.walk(src)) {
                if (s.filter(Files::isRegularFile).anyMatch(p -> p.toFile().lastModified() > jarTime)) {
                    return true;
                }
            }
        }
        return new File(root.toFile(), "pom.xml").lastModified() > jarTime;
    }
}
