package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.patentdesk.app.cli.PatentDeskCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The privacy proof, dynamic half: the command line runs and succeeds inside a network namespace that has no
 * interface but loopback ({@code unshare -n}). Skipped where the OS does not allow unshare (e.g. unprivileged
 * containers, macOS, Windows).
 */
class OfflineCommandLineTest {
    private static List<String> unshare;

    @TempDir
    Path dir;

    @BeforeAll
    static void findUnshare() throws Exception {
        for (List<String> candidate : List.of(List.of("unshare", "-n"), List.of("unshare", "-rn"))) {
            List<String> probe = new ArrayList<>(candidate);
            probe.addAll(List.of("cat", "/proc/net/dev"));
            Result r = run(probe);
            if (r.status == 0 && onlyLoopback(r.out)) {
                unshare = candidate;
                return;
            }
        }
    }

    /** /proc/net/dev lists the interfaces of the reading process's network namespace. */
    static boolean onlyLoopback(String procNetDev) {
        List<String> ifaces = procNetDev.lines().filter(l -> l.contains(":"))
                .map(l -> l.substring(0, l.indexOf(':')).strip()).toList();
        return ifaces.equals(List.of("lo"));
    }

    private List<String> patentdesk(String... args) {
        List<String> cmd = new ArrayList<>(unshare);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dpatentdesk.data.dir=" + dir.resolve("data"));
        cmd.add("-Djava.io.tmpdir=" + dir);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("io.patentdesk.app.Main");
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void helpRunsWithNetworkingDisabled() throws Exception {
        assumeTrue(unshare != null, "unshare -n is not permitted here");
        Result r = run(patentdesk("--help"));
        assertThat(r.status).as(r.out).isZero();
        assertThat(r.out).contains("Usage: patentdesk");
    }

    @Test
    void checkRunsWithNetworkingDisabled() throws Exception {
        assumeTrue(unshare != null, "unshare -n is not permitted here");
        assumeTrue(PatentDeskCommand.newCommandLine().getSubcommands().containsKey("check"),
                "the check command is not on this branch yet");
        Path claims = Files.writeString(dir.resolve("claims.txt"),
                "1. A hinge comprising a pin and a lever.\n2. The hinge of claim 1, wherein said lever is steel.\n");
        Result r = run(patentdesk("check", claims.toString()));
        assertThat(r.status).as(r.out).isNotEqualTo(PatentDeskCommand.EXIT_UNUSABLE_INPUT).isLessThan(2);
        assertThat(r.out).doesNotContain("Exception");
    }

    @Test
    void theProbeRecognisesARealNetworkNamespace() {
        assertThat(onlyLoopback("""
                Inter-|   Receive
                 face |bytes    packets
                    lo:       0       0
                """)).isTrue();
        assertThat(onlyLoopback("""
                    lo:       0       0
                  eth0:    1234      12
                """)).isFalse();
    }

    record Result(int status, String out) {
    }

    static Result run(List<String> cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(-1, e.getMessage()); // no unshare binary
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, out + "\n(timed out)");
        }
        return new Result(p.exitValue(), out);
    }
}
