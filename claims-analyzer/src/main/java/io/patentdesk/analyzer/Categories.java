package io.patentdesk.analyzer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Judges a claim's category from the first telling noun in its preamble. */
final class Categories {

    private static final Pattern KEY = Pattern.compile(
            "(?U)\\b(ornamental design|medium|media|program product|storage device storing|memory storing|method|process|"
                    + "composition|compound|formulation|mixture|alloy|system|network"
                    // German and French claims (EPO)
                    + "|verfahren|proc\u00e9d\u00e9|m\u00e9thode|zusammensetzung|mischung|legierung|"
                    + "m\u00e9lange|alliage|compos\u00e9|syst\u00e8me|computerprogrammprodukt|produit programme|"
                    + "computerlesbare|computerlesbares|speichermedium|support lisible|supports lisibles|procedure)\\b");
    /** A use claim (EPO: an activity, like a process): "Use of X as Y", "Verwendung", "Utilisation". */
    private static final Pattern USE = Pattern.compile("(?U)^\\s*(?:the\\s+|die\\s+|l['\u2019])?(?:use|verwendung|utilisation)\\b");

    private Categories() {}

    static ClaimCategory of(String lowerPreamble) {
        if (USE.matcher(lowerPreamble).find()) {
            return ClaimCategory.USE;
        }
        Matcher m = KEY.matcher(lowerPreamble);
        if (!m.find()) {
            return lowerPreamble.isBlank() ? ClaimCategory.UNKNOWN : ClaimCategory.APPARATUS;
        }
        return switch (m.group(1)) {
            case "ornamental design" -> ClaimCategory.DESIGN;
            case "medium", "media", "program product", "storage device storing", "memory storing",
                 "computerprogrammprodukt", "produit programme", "computerlesbare", "computerlesbares",
                 "speichermedium", "support lisible", "supports lisibles" ->
                    ClaimCategory.COMPUTER_READABLE_MEDIUM;
            case "method", "process", "procedure", "verfahren", "proc\u00e9d\u00e9", "m\u00e9thode" -> ClaimCategory.METHOD;
            case "system", "network", "syst\u00e8me" -> ClaimCategory.SYSTEM;
            default -> ClaimCategory.COMPOSITION;
        };
    }
}
