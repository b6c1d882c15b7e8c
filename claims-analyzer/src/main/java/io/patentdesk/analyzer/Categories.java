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

    /** A design claim opens with the design ("The ornamental design for a lamp", "The design of the sensor"). */
    private static final Pattern DESIGN = Pattern.compile(
            "^\\s*(?:i claim\\s+)?(?:the|an?)\\s+(?:new\\s+and\\s+)?(?:original\\s+)?(?:ornamental\\s+)?design\\s+(?:for|of)\\b");

    private Categories() {}

    /** Chinese head nouns; the head comes last in a Chinese noun phrase ("一种……开采方法"). */
    private static final Pattern ZH_HEAD = Pattern.compile(
            "(\u65b9\u6cd5|\u5de5\u827a|\u7528\u9014|\u5e94\u7528|\u4ecb\u8d28|\u7cfb\u7edf|\u7ec4\u5408\u7269|\u5316\u5408\u7269|\u7a0b\u5e8f\u4ea7\u54c1)");
    /** Where a Chinese preamble ends: a comma or the transition (包括, 包含, 含有, 其特征). */
    private static final Pattern ZH_END = Pattern.compile("[\uff0c,\uff1a:\uff1b;\u3002]|\u5305\u62ec|\u5305\u542b|\u542b\u6709|\u5176\u7279\u5f81");

    static ClaimCategory of(String lowerPreamble) {
        if (!lowerPreamble.isEmpty() && Character.UnicodeScript.of(firstLetter(lowerPreamble)) == Character.UnicodeScript.HAN) {
            return chinese(lowerPreamble);
        }
        if (DESIGN.matcher(lowerPreamble).find()) {
            return ClaimCategory.DESIGN;
        }
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

    private static int firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }

    /** 方法/工艺: method; 用途/应用: use; 介质/程序产品: medium; 系统: system; 组合物/化合物: composition; else apparatus. */
    private static ClaimCategory chinese(String preamble) {
        Matcher end = ZH_END.matcher(preamble);
        String head = end.find() ? preamble.substring(0, end.start()) : preamble;
        Matcher m = ZH_HEAD.matcher(head);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null) {
            return ClaimCategory.APPARATUS;
        }
        return switch (last) {
            case "\u65b9\u6cd5", "\u5de5\u827a" -> ClaimCategory.METHOD;
            case "\u7528\u9014", "\u5e94\u7528" -> ClaimCategory.USE;
            case "\u4ecb\u8d28", "\u7a0b\u5e8f\u4ea7\u54c1" -> ClaimCategory.COMPUTER_READABLE_MEDIUM;
            case "\u7cfb\u7edf" -> ClaimCategory.SYSTEM;
            default -> ClaimCategory.COMPOSITION;
        };
    }
}
