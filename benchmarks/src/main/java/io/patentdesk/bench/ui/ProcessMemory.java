package io.patentdesk.bench.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * Where this process's resident memory is: the kernel's split of the resident set (anonymous memory, mapped files,
 * shared memory) and, when the JVM runs with {@code -XX:NativeMemoryTracking=summary}, the JVM's own account of what
 * it has committed per category (Java heap, classes, threads, code, GC...). Anonymous memory that no JVM category
 * explains belongs to native libraries (ONNX Runtime, the graphics stack, glibc's malloc arenas).
 */
final class ProcessMemory {
    private static final Pattern CATEGORY = Pattern.compile("^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)");

    private ProcessMemory() {
    }

    /** Megabytes per field of /proc/self/status (VmRSS, RssAnon, RssFile, RssShmem); empty where there is no /proc. */
    static Map<String, Double> resident() {
        Map<String, Double> out = new LinkedHashMap<>();
        try {
            out.putAll(parseStatus(Files.readAllLines(Path.of("/proc/self/status"))));
        } catch (Exception e) {
            // Not Linux: the figures are simply absent.
        }
        return out;
    }

    static Map<String, Double> parseStatus(List<String> lines) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : lines) {
            for (String key : List.of("VmRSS", "RssAnon", "RssFile", "RssShmem")) {
                if (line.startsWith(key + ":")) {
                    out.put(key, Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
                }
            }
        }
        return out;
    }

    /** Committed megabytes per Native Memory Tracking category; empty when tracking is off. */
    static Map<String, Double> nativeTracking() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary", "scale=KB"}}, new String[] {String[].class.getName()});
            return parseSummary(String.valueOf(text));
        } catch (Exception e) {
            return Map.of();
        }
    }

    /**
     * With {@code -Dpatentdesk.bench.histogram=FILE}: writes the heap's class histogram (live objects; it runs a full
     * collection) to FILE, to see what the Java heap holds once the figures are taken. Does nothing without a path.
     */
    static void writeHistogram(String file) {
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Files.writeString(Path.of(file), String.valueOf(text));
        } catch (Exception e) {
            System.err.println("patentdesk: no class histogram: " + e.getMessage());
        }
    }

    /**
     * Writes a heap dump of the live objects to {@code file} (an .hprof file; nothing when null or blank): what holds
     * the heap, where a class histogram only says which classes.
     */
    static void writeHeapDump(String file) {
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(Path.of(file).toAbsolutePath().toString(), true);
        } catch (Exception e) {
            System.err.println("patentdesk: no heap dump: " + e.getMessage());
        }
    }

    /** Parses the category lines of {@code VM.native_memory summary} ("-  Java Heap (reserved=..KB, committed=..KB)"). */
    static Map<String, Double> parseSummary(String summary) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : summary.lines().toList()) {
            Matcher m = CATEGORY.matcher(line.strip());
            if (m.find()) {
                out.put(m.group(1).strip(), Long.parseLong(m.group(2)) / 1024.0);
            }
        }
        return out;
    }
}
