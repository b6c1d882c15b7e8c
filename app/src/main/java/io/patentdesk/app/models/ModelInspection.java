package io.patentdesk.app.models;

import java.nio.file.Path;

/**
 * What the Models dialog shows about one model folder, found by opening and loading it as the assistant would.
 *
 * @param folder        the folder
 * @param name          the model's display name (its {@code patentdesk.json} name, else the folder's)
 * @param loads         whether the engine opened and loaded it
 * @param problem       why it does not load, in one line from the engine's own checks ("" when it loads)
 * @param sizeBytes     the folder's files on disk
 * @param quantization  how its weights are stored ("int4 (MatMulNBits, 4 bits)", "fp32 (most weights)"; "" unknown)
 * @param contextLength the most tokens it reads at once (0 when it does not load)
 * @param provider      where it runs and why not on the GPU ("CPU, 2 threads (CUDA: not in this build; ...)")
 * @param bundled       whether this is the small demo model that ships with PatentDesk
 */
public record ModelInspection(Path folder, String name, boolean loads, String problem, long sizeBytes,
        String quantization, int contextLength, String provider, boolean bundled) {

    /** One line for the list: name and either its vital figures or why it does not load. */
    public String summary() {
        if (!loads) {
            return "Does not load: " + problem;
        }
        return size(sizeBytes) + " \u00b7 " + (quantization.isEmpty() ? "unknown precision" : quantization) + " \u00b7 "
                + contextLength + " tokens of context";
    }

    /** "24.8 MB", "3.9 GB": decimal units, as file managers show them. */
    public static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(java.util.Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
