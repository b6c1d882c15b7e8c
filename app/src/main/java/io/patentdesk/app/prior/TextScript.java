package io.patentdesk.app.prior;

/**
 * Which analysis a text needs, told by its letters: Chinese when its Han characters are at least a third as many as
 * its Latin letters. A Han character carries a word's meaning where a Latin letter carries a fraction of one, so a
 * Chinese passage with Latin reference signs, units or gene names ("SEQ ID NO: 1") still counts as Chinese, while an
 * English passage quoting a Chinese title does not.
 */
enum TextScript {
    LATIN, CHINESE;

    static TextScript of(CharSequence text) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            } else if (Character.isLetter(cp)) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        return han > 0 && han * 3 >= latin ? CHINESE : LATIN;
    }
}
