package io.patentdesk.bench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The memory breakdown the UI benchmark reports: /proc/self/status fields and Native Memory Tracking categories. */
class ProcessMemoryTest {

    @Test
    void readsTheResidentSetSplitFromProcStatus() {
        Map<String, Double> m = ProcessMemory.parseStatus(List.of("VmPeak:\t 3823508 kB", "VmRSS:\t 1153984 kB",
                "RssAnon:\t 1021704 kB", "RssFile:\t  110248 kB", "RssShmem:\t   22032 kB", "Threads:\t39"));
        assertThat(m).containsOnlyKeys("VmRSS", "RssAnon", "RssFile", "RssShmem");
        assertThat(m.get("VmRSS")).isEqualTo(1153984 / 1024.0);
        assertThat(m.get("RssShmem")).isEqualTo(22032 / 1024.0);
    }

    @Test
    void readsTheCommittedSizeOfEachTrackedCategory() {
        String summary = """
                Native Memory Tracking:

                Total: reserved=7722502KB, committed=462784KB
                       malloc: 6800KB #4907, peak=6725KB #4928

                -                 Java Heap (reserved=6172672KB, committed=393216KB)
                                            (mmap: reserved=6172672KB, committed=393216KB, at peak)

                -                     Class (reserved=1048630KB, committed=118KB)
                                            (classes #476)
                -                    Thread (reserved=11311KB, committed=535KB)
                """;
        Map<String, Double> m = ProcessMemory.parseSummary(summary);
        assertThat(m).containsExactly(Map.entry("Java Heap", 384.0), Map.entry("Class", 118 / 1024.0),
                Map.entry("Thread", 535 / 1024.0));
    }

    @Test
    void thisProcessHasAResidentSetOnLinux() {
        assumeThat(Files.isReadable(Path.of("/proc/self/status"))).isTrue();
        Map<String, Double> m = ProcessMemory.resident();
        assertThat(m.get("VmRSS")).isPositive();
        assertThat(m.get("RssAnon") + m.get("RssFile") + m.get("RssShmem")).isCloseTo(m.get("VmRSS"),
                org.assertj.core.data.Offset.offset(1.0));
    }
}
