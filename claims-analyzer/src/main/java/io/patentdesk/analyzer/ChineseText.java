package io.patentdesk.analyzer;

/**
 * What the parser knows about Chinese claim text that rules need too: whether a claim is written in Chinese, and its
 * punctuation. Chinese claims use full-width punctuation (，。；：、（）), but text from the CNIPA PDF text layer mixes in
 * half-width ",", ";", "(", ")" and "." (decimals "0.5", formulas "Ni.Mn"), so the half-width forms count as the same
 * marks, except "." which is a full stop only at the very end of a claim.
 */
public final class ChineseText {

    /** The Chinese full stop; a claim has one, at its end (专利审查指南 第二部分第二章 3.3). */
    public static final char FULL_STOP = '\u3002';

    /** How far into a claim its script is looked at: the opening words say which language the claim is in. */
    private static final int SCRIPT_WINDOW = 40;

    private ChineseText() {}

    /** A CJK unified ideograph (the basic block and extension A). */
    public static boolean isIdeograph(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf';
    }

    /**
     * Whether the text opens in Chinese: among its first letters at least as many ideographs as Latin letters (a
     * Chinese claim may open with a formula or a name: "CHA型拓扑结构锌硅分子筛的合成方法", "(NH4)₆Mo₇O₂4在…中的应用"), and
     * no kana: Japanese claims are written in the same ideographs ({@link JapaneseText}).
     */
    public static boolean isChinese(CharSequence s, int from) {
        int end = Math.min(s.length(), from + SCRIPT_WINDOW);
        int ideographs = 0;
        int latin = 0;
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (isIdeograph(c)) {
                ideographs++;
            } else if (JapaneseText.isKana(c)) {
                return false;
            } else if (c < 0x80 && Character.isLetter(c)) {
                latin++;
            }
        }
        return ideographs > 0 && ideographs >= latin;
    }

    /** Whether {@code c} ends a clause but not a sentence: a claim ending on it is cut off ("包括：", "所述，"). */
    public static boolean isClausePunctuation(char c) {
        return switch (c) {
            case '\uff0c', '\uff1a', '\uff1b', '\u3001', ',', ':', ';', '\uff08', '(' -> true;
            default -> false;
        };
    }

    /** Whether {@code c} is the full stop at the end of a Chinese claim: "。", or "." where the PDF layer has it. */
    public static boolean isFinalFullStop(char c) {
        return c == FULL_STOP || c == '.' || c == '\uff0e';
    }
}
