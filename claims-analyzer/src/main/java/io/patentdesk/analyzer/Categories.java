package io.patentdesk.analyzer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Judges a claim's category from the first telling noun in its preamble. */
final class Categories {

    private static final Pattern KEY = Pattern.compile(
            "\\b(ornamental design|medium|media|program product|storage device storing|memory storing|method|process|"
                    + "composition|compound|formulation|mixture|alloy|system|network)\\b");

    private Categories() {}

    static ClaimCategory of(String lowerPreamble) {
        Matcher m = KEY.matcher(lowerPreamble);
        if (!m.find()) {
            return lowerPreamble.isBlank() ? ClaimCategory.UNKNOWN : ClaimCategory.APPARATUS;
        }
        return switch (m.group(1)) {
            case "ornamental design" -> ClaimCategory.DESIGN;
            case "medium", "media", "program product", "storage device storing", "memory storing" ->
                    ClaimCategory.COMPUTER_READABLE_MEDIUM;
            case "method", "process" -> ClaimCategory.METHOD;
            case "system", "network" -> ClaimCategory.SYSTEM;
            default -> ClaimCategory.COMPOSITION;
        };
    }
}
