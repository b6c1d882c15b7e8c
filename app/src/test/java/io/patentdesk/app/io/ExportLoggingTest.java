package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI and PDFBox log through the Log4j API; without a provider for it, the first export printed "main ERROR Log4j
 * API could not find a logging provider." (Log4j 2.24's status logger writes it to standard output, where it would
 * also spoil a command's output). It prints that once per JVM, so the export runs in a fresh JVM with the test
 * class path, which holds the app's runtime dependencies.
 */
class ExportLoggingTest {
    @TempDir
    Path dir;

    @Test
    void exportingPrintsNoLoggingNoise() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ExportingChild.class.getName(), dir.toString()).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(child.getErrorStream()));
        String out = read(child.getInputStream());
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = err.get(10, TimeUnit.SECONDS);

        assertThat(child.exitValue()).as(stderr).isZero();
        assertThat(out.strip()).as("standard output").isEqualTo("EXPORTED");
        assertThat(Files.size(dir.resolve("hinge.docx"))).isPositive();
        assertThat(Files.size(dir.resolve("hinge.pdf"))).isPositive();
        assertThat(stderr).as("standard error").isEmpty();
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
