package io.patentdesk.inference.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts physical cores: hyper-threads share one core's arithmetic units, so more intra-op threads than cores only
 * adds contention. Reads /proc/cpuinfo on Linux; elsewhere the JVM's processor count is the best guess.
 */
public final class PhysicalCores {

    private PhysicalCores() {
    }

    static int count() {
        int logical = Runtime.getRuntime().availableProcessors();
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return logical;
        }
        try {
            int physical = fromCpuinfo(Files.readAllLines(cpuinfo));
            // A container's CPU quota (availableProcessors) may be below the host's core count.
            return physical > 0 ? Math.min(physical, logical) : logical;
        } catch (IOException e) {
            return logical;
        }
    }

    /** Distinct (physical id, core id) pairs, or 0 when the file lacks them (e.g. some ARM kernels). */
    static int fromCpuinfo(List<String> lines) {
        Set<String> cores = new HashSet<>();
        String physicalId = "0";
        String coreId = null;
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (line.isBlank()) {
                if (coreId != null) {
                    cores.add(physicalId + "/" + coreId);
                }
                physicalId = "0";
                coreId = null;
            } else if (colon > 0) {
                String key = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                if (key.equals("physical id")) {
                    physicalId = value;
                } else if (key.equals("core id")) {
                    coreId = value;
                }
            }
        }
        if (coreId != null) {
            cores.add(physicalId + "/" + coreId);
        }
        return cores.size();
    }
}
