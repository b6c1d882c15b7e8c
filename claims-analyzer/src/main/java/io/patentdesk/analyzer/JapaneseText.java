package io.patentdesk.analyzer;

/**
 * Whether text is Japanese. Japanese claims are written in kanji (the same ideographs as Chinese) and kana; kana occur
 * in no other language, and every Japanese claim has them within its first words (the particles の, を, と, に, は: "基板と、
 * 前記基板上に…", "請求項１に記載の…"). The prolonged sound mark ー and the middle dot ・ are not counted: Chinese text
 * uses them now and then.
 */
public final class JapaneseText {

    /** How far into a claim its script is looked at: as for Chinese, the opening words say the language. */
    private static final int SCRIPT_WINDOW = 40;
    /** Kana letters a claims text needs to be read as Japanese: a stray one in a Chinese text is debris. */
    private static final int MIN_KANA = 3;

    private JapaneseText() {}

    /** A hiragana or katakana letter (not ー or ・). */
    public static boolean isKana(char c) {
        return c >= '\u3041' && c <= '\u3096' || c >= '\u30a1' && c <= '\u30fa';
    }

    /** Whether a claim opens in Japanese: a kana letter among its first letters from {@code from}. */
    public static boolean isJapanese(CharSequence s, int from) {
        int end = Math.min(s.length(), from + SCRIPT_WINDOW);
        for (int i = Math.max(0, from); i < end; i++) {
            if (isKana(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a whole claims text is written in Japanese: a few kana letters, and kana and kanji outweighing Latin
     * letters (an English claim set quoting a Japanese name is English).
     */
    public static boolean isJapaneseText(CharSequence s) {
        int kana = 0;
        int cjk = 0;
        int latin = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isKana(c)) {
                kana++;
            } else if (ChineseText.isIdeograph(c)) {
                cjk++;
            } else if (c < 0x80 && Character.isLetter(c)) {
                latin++;
            }
        }
        return kana >= MIN_KANA && kana + cjk > latin;
    }
}
