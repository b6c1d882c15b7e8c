package io.patentdesk.inference.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhysicalCoresTest {

    @Test
    void countsCoresNotHyperThreads() {
        List<String> cpuinfo = List.of(
                "processor : 0", "physical id : 0", "core id : 0", "",
                "processor : 1", "physical id : 0", "core id : 1", "",
                "processor : 2", "physical id : 0", "core id : 0", "",
                "processor : 3", "physical id : 0", "core id : 1", "");
        assertThat(PhysicalCores.fromCpuinfo(cpuinfo)).isEqualTo(2);
    }

    @Test
    void countsSocketsSeparately() {
        List<String> cpuinfo = List.of("physical id : 0", "core id : 0", "", "physical id : 1", "core id : 0");
        assertThat(PhysicalCores.fromCpuinfo(cpuinfo)).isEqualTo(2);
    }

    @Test
    void withoutCoreIdsItSaysItDoesNotKnow() {
        assertThat(PhysicalCores.fromCpuinfo(List.of("processor : 0", "BogoMIPS : 50"))).isZero();
        assertThat(PhysicalCores.count()).isBetween(1, Runtime.getRuntime().availableProcessors());
    }
}
