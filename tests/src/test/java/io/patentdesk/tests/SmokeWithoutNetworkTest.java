package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code patentdesk app --smoke} in a network namespace with no network at all ({@code unshare -n}): the app starts,
 * analyzes the sample and generates with a local model without ever needing a connection. Skipped where unshare is
 * not permitted.
 */
class SmokeWithoutNetworkTest {
    @TempDir
    Path dir;

    @Test
    void smokeRunNeedsNoNetwork() throws Exception {
        Assumptions.assumeTrue(unshareWorks(), "unshare -n is not available or not permitted here");
        Path shot = dir.resolve("shot.png");
        List<String> cmd = new ArrayList<>(List.of("unshare", "-n",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Dheadless.geometry=1600x1000-32", "-cp", System.getProperty("java.class.path"),
                "io.patentdesk.app.Main", "app", "--smoke", "--model", AppHarness.TINY_MODEL.toString(),
                "--screenshot", shot.toString(), "--data-dir", dir.resolve("data").toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("finished in time; output:%n%s", out).isTrue();
        assertThat(p.exitValue()).as("exit status; output:%n%s", out).isZero();
        assertThat(out).contains("smoke: analysis:", "smoke: generation:", "smoke run OK");
        assertThat(shot).isNotEmptyFile();
    }

    private static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
