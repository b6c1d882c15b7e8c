package io.patentdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher and the installers pass every line of {@code app/jvm.options} to the JVM: a JVM that rejects one, or
 * warns about it on standard output (as -Xmn larger than -Xms does), would break every command's output.
 */
class JvmOptionsTest {

    static List<String> options() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("jvm.options"), StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    void theJvmAcceptsEveryOptionSilently() throws Exception {
        List<String> opts = options();
        assertThat(opts).contains("-XX:+UseSerialGC").anyMatch(o -> o.startsWith("-Xmx"));
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElseThrow());
        cmd.addAll(opts);
        cmd.add("-version");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output.toLowerCase()).doesNotContain("warning").doesNotContain("unrecognized").doesNotContain("error");
    }
}
