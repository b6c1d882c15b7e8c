package io.patentdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, as the build wrote it into {@code version.properties}; "unknown" when it did not. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/io/patentdesk/app/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
