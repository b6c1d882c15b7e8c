package io.patentdesk.analyzer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the USPTO "Green Book" (APS) full-text format of 1976-2001 grants: a {@code PATN} record of four-letter
 * fields, {@code TTL} title, {@code ABST}/{@code BSUM}/{@code DRWD}/{@code DETD} paragraphs and {@code CLMS} claims.
 */
final class GreenbookReader {

    private static final Pattern FIELD = Pattern.compile("^([A-Z][A-Z0-9]{2,3})(?: +(.*))?$");
    private static final Pattern LABEL = Pattern.compile("^\\s*\\d{1,5}\\s*[.)]");

    private GreenbookReader() {}

    static boolean looksLike(String text) {
        return text.startsWith("PATN") && (text.startsWith("PATN\n") || text.startsWith("PATN\r\n"));
    }

    static Document read(String text) throws DocumentException {
        StringBuilder title = new StringBuilder();
        StringBuilder abs = new StringBuilder();
        StringBuilder desc = new StringBuilder();
        StringBuilder claims = new StringBuilder();
        StringBuilder claim = null;
        String section = "PATN";
        String field = "";
        int claimNo = 0;
        for (String line : text.split("\r?\n")) {
            StringBuilder target;
            String value;
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                field = m.group(1);
                value = m.group(2) == null ? "" : m.group(2).strip();
                if (m.group(2) == null) {
                    section = field;
                    continue;
                }
                if (section.equals("CLMS") && field.equals("NUM")) {
                    claimNo++;
                    claim = flush(claims, claim, claimNo - 1);
                    claim = new StringBuilder();
                    continue;
                }
            } else if (line.startsWith(" ")) {
                value = line.strip();
            } else {
                continue;
            }
            target = switch (section) {
                case "PATN" -> field.equals("TTL") ? title : null;
                case "ABST" -> abs;
                case "BSUM", "DRWD", "DETD" -> desc;
                case "CLMS" -> field.equals("STM") ? null : claim;
                default -> null;
            };
            if (target == null) {
                continue;
            }
            boolean newParagraph = m.matches() && target != title && target != claim;
            if (target.length() > 0) {
                target.append(newParagraph ? "\n" : " ");
            }
            target.append(value);
        }
        flush(claims, claim, claimNo);
        if (claims.length() == 0) {
            throw new DocumentException("the Green Book file has no claims");
        }
        return Document.builder(Document.Format.USPTO_GREENBOOK).part(Part.TITLE, title.toString(), 0)
                .part(Part.ABSTRACT, abs.toString(), 0).part(Part.DESCRIPTION, desc.toString(), 0)
                .part(Part.CLAIMS, claims.toString(), 0).build();
    }

    private static StringBuilder flush(StringBuilder claims, StringBuilder claim, int number) {
        if (claim != null && !claim.isEmpty()) {
            String c = claim.toString().strip();
            if (!LABEL.matcher(c).find()) {
                c = number + ". " + c;
            }
            claims.append(claims.length() == 0 ? "" : "\n").append(c);
        }
        return null;
    }
}
