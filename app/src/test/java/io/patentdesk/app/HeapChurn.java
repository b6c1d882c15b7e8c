package io.patentdesk.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Run by {@link HeapGivesBackTest} in a JVM started with {@code app/jvm.options}: keeps 100 MB live, churns through
 * 2 GB that lives long enough to be promoted (as a long document's analyses do), then collects fully and prints the
 * committed heap before and after, the heap in use and the young generation's committed size after, in megabytes.
 */
public final class HeapChurn {
    private static final int MB = 1 << 20;

    private HeapChurn() {
    }

    public static void main(String[] args) {
        List<byte[]> live = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            live.add(new byte[MB]);
        }
        List<byte[]> passing = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            passing.add(new byte[MB]);
            if (passing.size() > 300) {
                passing.subList(0, 150).clear();
            }
        }
        passing.clear();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() / MB;
        System.gc();
        long after = rt.totalMemory() / MB;
        long used = (rt.totalMemory() - rt.freeMemory()) / MB;
        long young = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().contains("Eden") || pool.getName().contains("Survivor")) {
                young += pool.getUsage().getCommitted();
            }
        }
        System.out.println(before + " " + after + " " + used + " " + young / MB + " " + live.size());
    }
}
