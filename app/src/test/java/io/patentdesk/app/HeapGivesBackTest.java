package io.patentdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With {@code app/jvm.options} the heap gives back what a full collection frees: the serial collector's defaults kept
 * a heap grown to its maximum committed (and resident) for the rest of the session however little of it was live.
 */
class HeapGivesBackTest {

    @Test
    void aFullCollectionReturnsTheHeapThatIsNoLongerNeeded() throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElseThrow());
        cmd.addAll(JvmOptionsTest.options());
        cmd.add("-cp");
        cmd.add(Path.of(HeapChurn.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        cmd.add(HeapChurn.class.getName());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        String[] mb = output.lines().reduce((a, b) -> b).orElseThrow().split(" ");
        long before = Long.parseLong(mb[0]);
        long after = Long.parseLong(mb[1]);
        long used = Long.parseLong(mb[2]);
        long young = Long.parseLong(mb[3]);
        // The churn grows the heap to about its maximum; afterwards about 100 MB are live.
        assertThat(before).as(output).isGreaterThan(600);
        // At most 40% of the old generation free after the collection, plus the young generation (128 MB). The serial
        // defaults kept all 755 MB committed here.
        assertThat(after).as(output).isLessThanOrEqualTo(Math.round(used / 0.6) + 128 + 16).isLessThan(before / 2);
        // The young generation (eden and one survivor space: 115 MB) keeps its size while the old one shrinks under it:
        // without NewSize it went down to 75 MB here, and young collections would come more often.
        assertThat(young).as(output).isGreaterThanOrEqualTo(100);
    }
}
