package io.patentdesk.app.ui;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The built-in sample matter (a drinking lid with a vent valve), shipped as resources; it has a few deliberate flaws. */
public final class SampleMatter {
    private SampleMatter() {
    }

    public static Matter create() {
        Matter m = Matter.create("Sample \u2013 Drinking lid with vent valve").withClaims(read("claims"));
        for (Section s : Section.values()) {
            m = m.withSection(s, read(s.key()));
        }
        return m;
    }

    private static String read(String name) {
        try (InputStream in = SampleMatter.class.getResourceAsStream("sample/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("sample resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
