package io.patentdesk.app.io;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Word's automatic numbering is not in a paragraph's text, yet claims numbered "1.", "2." by a Word list are the
 * norm. This counts list paragraphs per list and level and renders their labels ("1.", "[0003]") so the claims
 * import with their numbers. Bullets get no label.
 */
final class DocxNumbering {
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The paragraph's text, led by its list label when it is a numbered list item. */
    String textOf(XWPFParagraph p) {
        String text = p.getText();
        BigInteger numId = p.getNumID();
        if (numId == null || text.isBlank()) {
            return text;
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(p.getNumIlvl().intValue(), 8);
        int[] c = counters.computeIfAbsent(numId, k -> new int[9]);
        if (c[level] == 0 && p.getNumStartOverride() != null) {
            c[level] = p.getNumStartOverride().intValue() - 1;
        }
        c[level]++;
        for (int deeper = level + 1; deeper < c.length; deeper++) {
            c[deeper] = 0;
        }
        String fmt = p.getNumFmt();
        String pattern = p.getNumLevelText();
        if (pattern == null || fmt == null || !fmt.startsWith("decimal")) {
            return text; // bullets and letters: not a claim or paragraph number
        }
        String label = pattern;
        for (int l = 0; l <= level; l++) {
            String n = Integer.toString(Math.max(c[l], 1));
            if (fmt.equals("decimalZero") && n.length() < 2) {
                n = "0" + n;
            }
            label = label.replace("%" + (l + 1), n);
        }
        return label.strip() + " " + text;
    }
}
