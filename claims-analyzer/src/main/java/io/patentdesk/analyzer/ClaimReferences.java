package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a claim's references to other claims: "claim 1", "claims 1 or 2", "claim 1 or claim 2", "any one of claims 1
 * to 3", "any of claims 1-3", "claims 1, 2, or 3", "any preceding claim", "one of the preceding claims"; also run
 * together by OCR ("ofclaim 1further"). German and French claims (EPO) the same way: "nach Anspruch 1", "nach einem
 * der Ansprüche 1 bis 3", "nach einem der vorhergehenden Ansprüche", "selon la revendication 1 ou 2", "selon l'une
 * quelconque des revendications 1 à 3", "selon l'une des revendications précédentes". Numbers written out in
 * translations: "according to the first claim", "the first or second claim". Chinese ("根据权利要求1所述的") and
 * Japanese ("請求項１～３のいずれか一項に記載の") as their grammars below say.
 */
final class ClaimReferences {

    record Parsed(List<Integer> numbers, ReferenceMode mode, int start, int end) {}

    /** Ranges longer than this are kept as their end points; claim numbers like 99999 must not allocate. */
    private static final int MAX_RANGE = 500;

    /** A claim number: not a percentage, amount or range of units ("90-0% by weight"). */
    private static final String NUM = "\\d{1,7}(?![\\d.,]\\d)(?!\\s*(?:%|wt|mol|vol|parts?\\b|percent|mm\\b|cm\\b|\\u00b0|-\\d+\\s*%))";
    private static final String JOIN = "(?:\\s*,\\s*(?:and/or|and|or)?|\\s*(?:-|\\u2013|\\u2014|to|through|and/or|or|and))";
    private static final Pattern EXPLICIT = Pattern.compile(
            "(?i)(?=[aeocpf])(?:\\b|(?<=\\b(?:of|to|in))(?=claim))(?:(any|either|each|one|all)\\s+(?:one\\s+)?(?:or\\s+more\\s+)?of\\s+(?:the\\s+)?)?"
                    + "(?:preceding\\s+|previous\\s+|foregoing\\s+)?(claims?)\\s*(" + NUM + ")((?:" + JOIN
                    + "\\s*(?:claims?\\s*)?" + NUM + ")*)");
    private static final Pattern PRECEDING = Pattern.compile(
            "(?i)(?=[aoe])\\b(?:any|one|each|either)\\s+(?:one\\s+)?(?:or\\s+more\\s+)?(?:of\\s+)?(?:the\\s+)?"
                    + "(?:preceding|previous|foregoing|above|prior|aforementioned)\\s+claims?\\b");
    private static final Pattern TAIL_TOKEN = Pattern.compile("(?i)" + NUM + "|-|\\u2013|\\u2014|\\bto\\b|\\bthrough\\b|\\bor\\b|\\band\\b|,");

    /** German and French: "Anspruch", "Ansprüche(n)", "revendication(s)"; "einem der", "l'une quelconque des". */
    private static final String DE_FR_CLAIM = "(?:Anspr(?:uch|\\u00fcche|\\u00fcchen)|revendications?)";
    private static final String NOT_LETTER = "(?![\\p{L}])";
    private static final String DE_FR_JOIN = "(?:\\s*,\\s*(?:(?:und|oder|et|ou)" + NOT_LETTER + ")?|\\s*(?:-|\\u2013|\\u2014|(?:bis|\\u00e0|und|oder|et|ou)"
            + NOT_LETTER + "))";
    private static final String DE_FR_ANY = "(?:einem\\s+oder\\s+mehreren|einem|eines|einer|irgendeinem|irgendeines|jedem|l['\\u2019]une(?:\\s+quelconque)?"
            + "|une\\s+quelconque|l['\\u2019]un(?:\\s+quelconque)?|n['\\u2019]importe\\s+laquelle|chacune)\\s+(?:der|des)\\s+";
    private static final Pattern DE_FR_EXPLICIT = Pattern.compile("(?iu)(?=[eijlnucar])(?<![\\p{L}])(" + DE_FR_ANY + ")?(" + DE_FR_CLAIM
            + ")\\s*(" + NUM + ")((?:" + DE_FR_JOIN + "\\s*(?:" + DE_FR_CLAIM + "\\s*)?" + NUM + ")*)");
    private static final String DE_PRECEDING_ADJ = "(?:vorhergehenden|vorangehenden|voranstehenden|vorangegangenen|vorgehenden"
            + "|vorausgehenden|vorausgegangenen|vorstehenden|vorherigen|obigen|obenstehenden)";
    /** "einem der vorhergehenden Ansprüche", "einem vorstehenden Anspruch", "l'une des revendications précédentes",
     * "une quelconque revendication précédente". */
    private static final Pattern DE_FR_PRECEDING = Pattern.compile("(?iu)(?=[eijlnuc])(?<![\\p{L}])(?:" + DE_FR_ANY
            + "(?:" + DE_PRECEDING_ADJ + "\\s+Anspr\\u00fcche"
            + "|revendications\\s+(?:pr\\u00e9c\\u00e9dentes|qui\\s+pr\\u00e9c\\u00e8dent|ant\\u00e9rieures))"
            + "|(?:einem|jedem|irgendeinem)\\s+" + DE_PRECEDING_ADJ + "\\s+Anspruch"
            + "|(?:une\\s+quelconque|chaque)\\s+revendication\\s+(?:pr\\u00e9c\\u00e9dente|ant\\u00e9rieure))" + NOT_LETTER);
    /**
     * "selon la revendication précédente", "nach dem vorhergehenden Anspruch": the claim just before; "selon l'une des
     * deux revendications précédentes", "nach einem der beiden vorhergehenden Ansprüche": the two before (group 1).
     */
    private static final Pattern DE_FR_PREVIOUS = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:la|dem)\\s+"
            + "(?:revendication\\s+(?:pr\\u00e9c\\u00e9dente|qui\\s+pr\\u00e9c\\u00e8de)|" + DE_PRECEDING_ADJ + "\\s+Anspruch)"
            + "|(?:l['\\u2019]une|l['\\u2019]un|einem)\\s+(?:des|der)\\s+(deux|beiden)\\s+"
            + "(?:revendications\\s+pr\\u00e9c\\u00e9dentes|" + DE_PRECEDING_ADJ + "\\s+Anspr\\u00fcche))" + NOT_LETTER);
    private static final Pattern DE_FR_TAIL_TOKEN = Pattern.compile("(?iu)" + NUM
            + "|-|\\u2013|\\u2014|(?<![\\p{L}])(?:bis|\\u00e0|oder|ou|und|et)" + NOT_LETTER + "|,");

    /** "according to the first claim", "of the first or second claim": translations written out the number. */
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    private static final String ORD = String.join("|", ORDINALS);
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:according\\s+to|of|in|as\\s+claimed\\s+in)\\s+(the\\s+("
            + ORD + ")(?:\\s*,\\s*|\\s+(?:or|and)\\s+)?(" + ORD + ")?\\s+claims?)\\b");

    /** Chinese (CNIPA): "根据权利要求1所述的", "如权利要求1或2所述的", "根据权利要求1-3中任一项所述的", "权利要求1至3任一项所述的";
     * the alternative also as "之任一项", "任何一项", "中任意权利要求" (cn-claims); ASCII or full-width digits. The PDF text
     * layer drops or doubles characters now and then: "根据权利要82所述的" (cn-claims CN110832885A), "根据权利3所述的",
     * "根据权利权利1所述的" read as 权利要求82, 3 and 1. */
    private static final String ZH_NUM = "[0-9\\uff10-\\uff19]{1,4}";
    private static final String ZH_CLAIM = "\\u6743\\u5229(?:\\u8981\\u6c42?|\\u6743\\u5229)?"; // 权利要求, 权利要, 权利, 权利权利
    private static final String ZH_JOIN = "\\s*(?:[-\\u2013\\u2014~\\uff0d\\uff5e\\u81f3\\u5230\\u6216\\u548c\\u53ca\\u4e0e\\u3001,\\uff0c]|\\u6216\\u8005)\\s*";
    /** 任一项, 任意一项, 任何一项, 任一, 任意, 任何, 之一. */
    private static final String ZH_ANY = "(?:\\u4efb\\u4e00\\u9879|\\u4efb\\u610f\\u4e00\\u9879|\\u4efb\\u4f55\\u4e00\\u9879|\\u4efb\\u4e00|\\u4efb\\u610f|\\u4efb\\u4f55|\\u4e4b\\u4e00)";
    private static final Pattern ZH_EXPLICIT = Pattern.compile("()(" + ZH_CLAIM + ")\\s*(" + ZH_NUM + ")((?:" + ZH_JOIN
            + "(?:" + ZH_CLAIM + ")?\\s*" + ZH_NUM + ")*)(\\s*(?:\\u4e2d|\\u4e4b)?(?:\\u7684)?" + ZH_ANY
            + "(?:\\u9879)?(?:\\u6743\\u5229\\u8981\\u6c42)?)?");
    /** Every claim before this one, in the alternative: "前述任一权利要求", "前述任一项权利要求", "前述权利要求中（的）任一项",
     * "前述权利要求任一项", "任何前述权利要求" (cn-claims: translations from EP and PCT filings); "上述" as "前述". A number after
     * 前述权利要求 ("前述权利要求1至12中任一项") makes it an explicit reference instead. */
    private static final Pattern ZH_PRECEDING = Pattern.compile("(?=[\\u4efb\\u524d\\u4e0a])(?:(?:\\u4efb\\u4f55|\\u4efb\\u4e00|\\u4efb\\u610f)?[\\u524d\\u4e0a]\\u8ff0"
            + "(?:" + ZH_ANY + "\\u9879?\\u6743\\u5229\\u8981\\u6c42"
            + "|\\u6743\\u5229\\u8981\\u6c42(?:\\u4e2d|\\u4e4b)?(?:\\u7684)?" + ZH_ANY + "\\u9879?)"
            + "|(?:\\u4efb\\u4f55|\\u4efb\\u4e00|\\u4efb\\u610f)[\\u524d\\u4e0a]\\u8ff0\\u6743\\u5229\\u8981\\u6c42)");
    private static final Pattern ZH_TAIL_TOKEN = Pattern.compile(ZH_NUM + "|[-\\u2013\\u2014~\\uff0d\\uff5e\\u81f3\\u5230]|\\u6216\\u8005|\\u6216|[\\u548c\\u53ca\\u4e0e]|[\\u3001,\\uff0c]");

    /**
     * Traditional Chinese (Taiwan, Hong Kong; claims filed from there): "根據請求項1所述的", "如請求項1或2所述之", "如請求項1至3中
     * 任一項所述之", "請求項1、2和3"; the claim word is Japanese's 請求項, the phrase is Chinese, so a claim that names
     * 請求項 without any kana is read with this grammar. Ranges and "中任一項" as in simplified Chinese.
     */
    private static final String ZH_TW_CLAIM = "請求項";
    private static final String ZH_TW_JOIN = "\\s*(?:[-\\u2013\\u2014~\\uff0d\\uff5e至到或和及與、,，]|或者)\\s*";
    /** 任一項, 任意一項, 任何一項, 任一, 任意, 任何, 之一. */
    private static final String ZH_TW_ANY = "(?:任一項|任意一項|任何一項|任一|任意|任何|之一)";
    private static final Pattern ZH_TW_EXPLICIT = Pattern.compile("()(" + ZH_TW_CLAIM + ")\\s*(" + ZH_NUM + ")((?:"
            + ZH_TW_JOIN + "(?:" + ZH_TW_CLAIM + ")?\\s*" + ZH_NUM + ")*)(\\s*(?:中|之)?(?:的)?" + ZH_TW_ANY + "(?:項)?(?:"
            + ZH_TW_CLAIM + ")?)?");
    /** "前述任一請求項", "前述請求項中任一項", "任何前述請求項": every claim before, in the alternative. */
    private static final Pattern ZH_TW_PRECEDING = Pattern.compile("(?=[任前上])(?:(?:任何|任一|任意)?[前上]述(?:"
            + ZH_TW_ANY + "項?" + ZH_TW_CLAIM + "|" + ZH_TW_CLAIM + "(?:中|之)?(?:的)?" + ZH_TW_ANY + "項?)"
            + "|(?:任何|任一|任意)[前上]述" + ZH_TW_CLAIM + ")");
    private static final Pattern ZH_TW_TAIL_TOKEN = Pattern.compile(ZH_NUM
            + "|[-\\u2013\\u2014~\\uff0d\\uff5e至到]|或者|或|[和及與]|[、,，]");

    /**
     * Japanese (JPO): "請求項１に記載の", "請求項１又は２に記載の", "請求項１、２又は３", "請求項１～３のいずれか一項に記載の",
     * "請求項１から３のいずれか１項に記載の", "請求項１ないし３", "請求項1乃至3の何れかに記載の"; ASCII or full-width digits. A
     * range reads as the claims in the alternative even without いずれか: a Japanese claim cites claims in the alternative
     * (特許法施行規則 第24条の3), "及び"/"並びに" join claims together. Every claim that cites another is read as depending
     * on it, independent in form or not: 第24条の3 第4号 and 第5号 apply to any claim citing another claim.
     */
    private static final String JA_NUM = "[0-9\\uff10-\\uff19]{1,4}";
    private static final String JA_CLAIM = "\\u8acb\\u6c42\\u9805"; // 請求項, in a pattern
    /** 請求項: the claim word of every Japanese reference. */
    private static final String JA_CLAIM_WORD = "\u8acb\u6c42\u9805";
    /** 又は, または, 若しくは, もしくは. */
    private static final String JA_OR = "\\u53c8\\u306f|\\u307e\\u305f\\u306f|\\u82e5\\u3057\\u304f\\u306f|\\u3082\\u3057\\u304f\\u306f";
    /** 及び, および, 並びに, ならびに. */
    private static final String JA_AND = "\\u53ca\\u3073|\\u304a\\u3088\\u3073|\\u4e26\\u3073\\u306b|\\u306a\\u3089\\u3073\\u306b";
    /** -, ～, 〜, から, ないし, 乃至. */
    private static final String JA_RANGE = "[-\\u2010\\u2013\\u2014~\\uff0d\\uff5e\\u301c]|\\u304b\\u3089|\\u306a\\u3044\\u3057|\\u4e43\\u81f3";
    private static final String JA_JOIN = "\\s*(?:[\\u3001,\\uff0c]\\s*(?:" + JA_OR + "|" + JA_AND + ")?|" + JA_OR + "|" + JA_AND + "|"
            + JA_RANGE + ")\\s*";
    /** "までのいずれか一項", "のうちいずれか１項", "の何れか", "いずれか1つ". */
    private static final String JA_ANY = "\\s*(?:\\u307e\\u3067)?(?:\\u306e)?(?:\\u3046\\u3061)?(?:\\u306e)?"
            + "(?:\\u3044\\u305a\\u308c\\u304b|\\u4f55\\u308c\\u304b|\\u3044\\u305a\\u308c|\\u4f55\\u308c)"
            + "(?:\\s*[\\u4e001\\uff11]\\s*[\\u9805\\u3064])?";
    private static final Pattern JA_EXPLICIT = Pattern.compile("()(" + JA_CLAIM + ")\\s*(" + JA_NUM + ")((?:" + JA_JOIN
            + "(?:" + JA_CLAIM + ")?\\s*" + JA_NUM + ")*)(" + JA_ANY + ")?");
    /** "前記いずれかの請求項", "上記いずれか一項の請求項", "先行するいずれかの請求項": every claim before, in the alternative. */
    private static final Pattern JA_PRECEDING = Pattern.compile("(?:\\u524d\\u8a18|\\u4e0a\\u8a18|\\u524d\\u8ff0\\u306e|\\u5148\\u884c\\u3059\\u308b)"
            + "(?:\\u3044\\u305a\\u308c\\u304b|\\u4f55\\u308c\\u304b)(?:[\\u4e001\\uff11][\\u9805\\u3064])?\\u306e" + JA_CLAIM);
    private static final Pattern JA_TAIL_TOKEN = Pattern.compile(JA_NUM + "|" + JA_RANGE + "|" + JA_OR + "|" + JA_AND
            + "|[\\u3001,\\uff0c]");

    /**
     * One language's reference phrases; the parse is the same for all of them. {@code claimWords}: what every phrase
     * holds ("claim", "Anspr"/"revendicat", "权利"), so a scan over a whole claim set looks only near them;
     * {@code reachBefore}: how far before its claim word a phrase may begin ("any one or more of the preceding claims",
     * "l'une quelconque des revendications", "任何前述权利要求").
     */
    private record Grammar(Pattern preceding, Pattern explicit, Pattern tail, List<String> claimWords, int reachBefore) {}

    private static final Grammar ENGLISH = new Grammar(PRECEDING, EXPLICIT, TAIL_TOKEN, List.of("claim"), 80);
    private static final Grammar GERMAN_FRENCH = new Grammar(DE_FR_PRECEDING, DE_FR_EXPLICIT, DE_FR_TAIL_TOKEN,
            List.of("anspr", "revendicat"), 60);
    private static final Grammar CHINESE = new Grammar(ZH_PRECEDING, ZH_EXPLICIT, ZH_TAIL_TOKEN, List.of("\u6743\u5229"), 8);
    private static final Grammar JAPANESE = new Grammar(JA_PRECEDING, JA_EXPLICIT, JA_TAIL_TOKEN, List.of(JA_CLAIM_WORD), 16);
    private static final Grammar TRADITIONAL_CHINESE = new Grammar(ZH_TW_PRECEDING, ZH_TW_EXPLICIT, ZH_TW_TAIL_TOKEN,
            List.of(ZH_TW_CLAIM), 8);

    /** How far after its claim word a phrase may end ("claims 1, 2, 3, ..."). */
    private static final int REACH_AFTER = 400;

    private ClaimReferences() {}

    private static boolean containsClaim(String s) {
        for (int i = 0; i + 5 <= s.length(); i++) {
            char ch = s.charAt(i);
            if ((ch == 'c' || ch == 'C') && s.regionMatches(true, i, "claim", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "一种用于权利要求1所述的X的方法", "一种洗衣机，包括如权利要求1-5任一项所述的X": a Chinese claim opening with 一种/一个 is an
     * independent claim (of another category, or using the thing claimed) even where it names other claims; so is one
     * that names its own subject before a clause mark and only then another claim.
     */
    private static boolean opensAnIndependentClaim(String content) {
        String s = content.stripLeading();
        if (s.startsWith("\u4e00\u79cd") || s.startsWith("\u4e00\u4e2a") || s.startsWith("一種") || s.startsWith("一個")
                || ZH_USES_CLAIMED.matcher(s).lookingAt()) {
            return true;
        }
        // "洗衣机，其特征在于：该洗衣机包括根据权利要求1-9中任一项所述的排水阀": the claim names its own subject before a
        // clause mark and uses the other claims' subject; a dependent claim opens with its reference
        int ref = s.indexOf(ZH_CLAIM_WORD);
        ref = ref >= 0 ? ref : s.indexOf(ZH_TW_CLAIM);
        for (int i = 0; i < ref; i++) {
            if (ChineseText.isClausePunctuation(s.charAt(i)) && s.charAt(i) != '(' && s.charAt(i) != '\uff08') {
                return true;
            }
        }
        return false;
    }

    /** 請求項 is the claim word of Japanese and of traditional Chinese; Japanese claims always write kana (に記載の). */
    private static Grammar japaneseOrTraditionalChinese(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (JapaneseText.isKana(text.charAt(i))) {
                return JAPANESE;
            }
        }
        return TRADITIONAL_CHINESE;
    }

    /** 权利: what is left of 权利要求 when the PDF text layer drops characters ("权利要86", "权利3"). */
    private static final String ZH_CLAIM_WORD = "\u6743\u5229";

    /**
     * A claim that opens with a verb taking another claim's subject as its object is an independent claim of another
     * category or one using the claimed thing (cn-claims): "包括权利要求1至5中任一项所述的装置的系统", "由权利要求1-8任一项方法获得的
     * 掺混物", "采用权利要求5～9中任一项所述…方法清洗得到的晶圆", "使用如权利要求1-8中的任意一项所述方法制备…的方法", "将权利要求1～7
     * 任一项所述的净化剂用于…". A dependent claim opens with its reference, or with 根据/如/按照 before it.
     */
    private static final Pattern ZH_USES_CLAIMED = Pattern.compile("(?:\u5176|\u8be5)?(?:\u5305\u62ec|\u5305\u542b"
            + "|\u542b\u6709|\u7531|\u91c7\u7528|\u4f7f\u7528|\u5229\u7528|\u7528|\u5c06)\\s*(?:\u5982|\u6839\u636e|\u6309\u7167)?\\s*"
            + ZH_CLAIM_WORD);

    /** "根据从属于权利要求17的权利要求19至21中任一项": the first reference only says which version of claims 19-21 is meant. */
    private static final String ZH_SUBORDINATE_TO = "\u4ece\u5c5e\u4e8e"; // 从属于

    /** A cheap test for German or French claim words before the regex scan. */
    private static boolean containsGermanOrFrenchClaim(String s) {
        for (int i = 0; i + 8 <= s.length(); i++) {
            char ch = s.charAt(i);
            if ((ch == 'a' || ch == 'A') && s.regionMatches(true, i, "anspr", 0, 5)
                    || (ch == 'r' || ch == 'R') && s.regionMatches(true, i, "revendicat", 0, 10)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsPrecedingClaims(String content) {
        String lower = content.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("preceding") || lower.contains("previous") || lower.contains("foregoing")
                || lower.contains("above") || lower.contains("prior") || lower.contains("aforementioned")
                || lower.contains("vorhergeh") || lower.contains("vorangeh") || lower.contains("vorsteh")
                || lower.contains("vorherig") || lower.contains("obigen") || lower.contains("voran")
                || lower.contains("vorausg") || lower.contains("obenst") || lower.contains("vorgeh")
                || lower.contains("pr\u00e9c") || lower.contains("ant\u00e9rieur")
                || lower.contains("\u524d\u8ff0") || lower.contains("\u4e0a\u8ff0") // 前述, 上述
                || lower.contains("\u524d\u8a18") || lower.contains("\u4e0a\u8a18") // 前記, 上記
                || lower.contains("\u5148\u884c"); // 先行
    }

    /** Plural claim words: "claims 1-3" without "any" reads as all of them, "any of claims" as one of them. */
    private static boolean plural(String claimWord) {
        String w = claimWord.toLowerCase(java.util.Locale.ROOT);
        return w.equals("claims") || w.startsWith("anspr\u00fcch") || w.equals("revendications");
    }

    static Parsed parse(String content, int ownNumber) {
        Set<Integer> numbers = new LinkedHashSet<>();
        int start = -1;
        int end = -1;
        boolean alternative = false;
        boolean cumulative = false;
        Grammar g = containsClaim(content) ? ENGLISH : containsGermanOrFrenchClaim(content) ? GERMAN_FRENCH
                : content.contains(JA_CLAIM_WORD) ? japaneseOrTraditionalChinese(content)
                : content.contains(ZH_CLAIM_WORD) ? CHINESE : null;
        if (g == null || (g == CHINESE || g == TRADITIONAL_CHINESE) && opensAnIndependentClaim(content)) {
            return new Parsed(List.of(), ReferenceMode.NONE, -1, -1); // most independent claims: no regex scan
        }

        Matcher p = g.preceding().matcher(content);
        if (mentionsPrecedingClaims(content) && p.find()) {
            start = p.start();
            end = p.end();
            for (int n = 1; n < Math.min(ownNumber, MAX_RANGE + 1); n++) {
                numbers.add(n);
            }
            alternative = true;
        }
        Matcher m = g.explicit().matcher(content);
        boolean firstMatch = true;
        while (m.find()) {
            // A later, separate mention ("the composition of claim 1" inside claim 14 "of claim 13") names what a
            // term is; the claim depends on the claims of its first reference phrase.
            if (!firstMatch || !numbers.isEmpty() && start >= 0 && start < m.start()) {
                break;
            }
            if (g == CHINESE && content.startsWith(ZH_SUBORDINATE_TO, m.start() - ZH_SUBORDINATE_TO.length())) {
                continue;
            }
            firstMatch = false;
            if (start < 0 || m.start() < start) {
                start = m.start();
                end = m.end();
            }
            boolean any = m.group(1) != null && !m.group(1).isEmpty()
                    || (g == CHINESE || g == JAPANESE || g == TRADITIONAL_CHINESE) && m.group(5) != null; // "权利要求1-3中任一项", "のいずれか一項"
            List<Integer> here = new ArrayList<>();
            here.add(Integer.parseInt(m.group(3))); // parseInt reads full-width digits too
            String tail = m.group(4);
            boolean range = false;
            boolean or = false;
            boolean and = false;
            Matcher t = g.tail().matcher(tail);
            while (t.find()) {
                String tok = t.group().toLowerCase(java.util.Locale.ROOT);
                switch (tok) {
                    case "-", "\u2013", "\u2014", "to", "through", "bis", "\u00e0", "~", "\uff0d", "\uff5e", "\u81f3",
                         "\u5230", "\u2010", "\u301c", "\u304b\u3089", "\u306a\u3044\u3057", "\u4e43\u81f3" -> {
                        range = true;
                        or |= g == JAPANESE; // "請求項１～３に記載の": a Japanese range cites in the alternative
                    }
                    case "or", "oder", "ou", "\u6216", "\u6216\u8005", "\u53c8\u306f", "\u307e\u305f\u306f",
                         "\u82e5\u3057\u304f\u306f", "\u3082\u3057\u304f\u306f" -> or = true;
                    case "and", "und", "et", "\u548c", "\u53ca", "\u4e0e", "\u8207", "\u53ca\u3073", "\u304a\u3088\u3073",
                         "\u4e26\u3073\u306b", "\u306a\u3089\u3073\u306b" -> and = true;
                    case ",", "\u3001", "\uff0c" -> { }
                    default -> {
                        int n = Integer.parseInt(tok);
                        if (range) {
                            int from = here.get(here.size() - 1);
                            if (n > from && n - from <= MAX_RANGE) {
                                for (int k = from + 1; k < n; k++) {
                                    here.add(k);
                                }
                            }
                            range = false;
                            and |= !any && g != JAPANESE; // "claims 1-3" without "any" reads as all of them
                        }
                        here.add(n);
                    }
                }
            }
            numbers.addAll(here);
            if (here.size() > 1) {
                if (any || or) {
                    alternative = true;
                } else {
                    cumulative = true;
                }
            } else if (any && (g == CHINESE || g == JAPANESE || g == TRADITIONAL_CHINESE || plural(m.group(2)))) {
                alternative = true;
            }
            if (and && !any && !or) {
                cumulative = true;
            }
        }
        if (numbers.isEmpty() && g == ENGLISH) {
            Matcher o = ORDINAL.matcher(content);
            if (o.find()) {
                int a = ORDINALS.indexOf(o.group(2).toLowerCase(java.util.Locale.ROOT)) + 1;
                int b = o.group(3) == null ? 0 : ORDINALS.indexOf(o.group(3).toLowerCase(java.util.Locale.ROOT)) + 1;
                if (a < ownNumber && b < ownNumber) {
                    numbers.add(a);
                    if (b > 0 && b != a) {
                        numbers.add(b);
                        alternative = o.group(1).toLowerCase(java.util.Locale.ROOT).contains(" or ");
                        cumulative = !alternative;
                    }
                    start = o.start(1);
                    end = o.end(1);
                }
            }
        }
        if (numbers.isEmpty() && g == GERMAN_FRENCH && ownNumber > 1) {
            Matcher v = DE_FR_PREVIOUS.matcher(content);
            if (v.find()) {
                if (v.group(1) != null && ownNumber > 2) {
                    numbers.add(ownNumber - 2);
                    alternative = true;
                }
                numbers.add(ownNumber - 1);
                start = v.start();
                end = v.end();
            }
        }
        List<Integer> list = new ArrayList<>(numbers);
        ReferenceMode mode = list.isEmpty() ? ReferenceMode.NONE
                : list.size() == 1 ? ReferenceMode.SINGLE
                : cumulative ? ReferenceMode.CUMULATIVE
                : alternative ? ReferenceMode.ALTERNATIVE : ReferenceMode.CUMULATIVE;
        return new Parsed(list, mode, start, end);
    }

    /** A claim number written in a reference phrase, at {@code [start, end)} of the text scanned. */
    record WrittenNumber(int start, int end, int value, boolean endsRange) {}

    /**
     * Every claim number written in an explicit reference phrase of {@code content} ("claim 2", "claims 2-4", "any of
     * claims 1 to 3", "nach Anspruch 1", "权利要求1"), not only the first phrase: renumbering must update all of them.
     * {@code endsRange} marks the second number of "2-4", "1 to 3", "1 bis 3". Phrases that name no number ("any
     * preceding claim", "the first claim") are not listed.
     */
    static List<WrittenNumber> writtenNumbers(String content) {
        List<WrittenNumber> out = new ArrayList<>();
        if (containsClaim(content)) {
            collectNumbers(ENGLISH, content, out);
        }
        if (containsGermanOrFrenchClaim(content)) {
            collectNumbers(GERMAN_FRENCH, content, out);
        }
        if (content.contains(ZH_CLAIM_WORD)) {
            collectNumbers(CHINESE, content, out);
        }
        if (content.contains(JA_CLAIM_WORD)) {
            collectNumbers(japaneseOrTraditionalChinese(content), content, out);
        }
        out.sort(java.util.Comparator.comparingInt(WrittenNumber::start));
        return out;
    }

    /** A reference phrase at {@code [start, end)} and the claim numbers it names (none for "any preceding claim"). */
    record Phrase(int start, int end, List<Integer> numbers) {}

    /**
     * Every reference phrase of {@code text}, in any of the languages, in order and without overlaps: "claim 1", "any
     * one of claims 1 to 3", "any preceding claim", "nach Anspruch 1", "selon la revendication 1", "根据权利要求1",
     * "前述任一权利要求". Unlike {@link #parse} it reads a whole claim set (or any text), every phrase, not only a claim's
     * first; the numbers are as written, ranges spelled out ("1 to 3": 1, 2, 3; at most {@value #MAX_RANGE} apart).
     */
    static List<Phrase> phrases(String text) {
        List<Phrase> found = new ArrayList<>();
        boolean preceding = mentionsPrecedingClaims(text);
        if (containsClaim(text)) {
            collectPhrases(ENGLISH, text, preceding, found);
        }
        if (containsGermanOrFrenchClaim(text)) {
            collectPhrases(GERMAN_FRENCH, text, preceding, found);
        }
        if (text.contains(ZH_CLAIM_WORD)) {
            collectPhrases(CHINESE, text, preceding, found);
        }
        if (text.contains(JA_CLAIM_WORD)) {
            collectPhrases(japaneseOrTraditionalChinese(text), text, preceding, found);
        }
        found.sort(java.util.Comparator.comparingInt(Phrase::start).thenComparingInt(p -> -p.end()));
        List<Phrase> out = new ArrayList<>(found.size());
        int reached = -1;
        for (Phrase p : found) {
            if (p.start() >= reached) { // "any preceding claims 1 to 3" is one phrase, not two
                out.add(p);
                reached = p.end();
            }
        }
        return out;
    }

    private static void collectPhrases(Grammar g, String text, boolean preceding, List<Phrase> out) {
        if (preceding) {
            scanNearClaimWords(g, g.preceding(), text, p -> out.add(new Phrase(p.start(), p.end(), List.of())));
            if (g == GERMAN_FRENCH) { // "selon la revendication précédente": no number written
                scanNearClaimWords(g, DE_FR_PREVIOUS, text, p -> out.add(new Phrase(p.start(), p.end(), List.of())));
            }
        }
        scanNearClaimWords(g, g.explicit(), text, m -> {
            List<Integer> numbers = new ArrayList<>();
            numbers.add(Integer.parseInt(m.group(3)));
            Matcher t = g.tail().matcher(m.group(4));
            boolean range = false;
            while (t.find()) {
                String tok = t.group();
                if (Character.isDigit(tok.charAt(0))) {
                    int n = Integer.parseInt(tok);
                    int from = numbers.get(numbers.size() - 1);
                    if (range && n > from && n - from <= MAX_RANGE) {
                        for (int k = from + 1; k < n; k++) {
                            numbers.add(k);
                        }
                    }
                    numbers.add(n);
                    range = false;
                } else {
                    range = isRangeToken(tok);
                }
            }
            out.add(new Phrase(m.start(), m.end(), List.copyOf(numbers)));
        });
    }

    /**
     * The matches of {@code p} around each claim word of {@code text}: a claim set of a megabyte has a claim word
     * every few hundred characters, and trying the pattern only near them costs a fraction of a scan over every
     * position. Each match is reported once, in text order.
     */
    private static void scanNearClaimWords(Grammar g, Pattern p, String text, java.util.function.Consumer<Matcher> each) {
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0;
        for (int w = nextClaimWord(g, text, 0); w >= 0; w = nextClaimWord(g, text, Math.max(w + 1, done))) {
            int end = Math.min(text.length(), w + REACH_AFTER);
            // tried at each start up to the word only: a phrase starting after it holds a later claim word
            for (int at = Math.max(done, w - g.reachBefore()); at <= w; at++) {
                if (m.region(at, end).lookingAt()) {
                    each.accept(m);
                    done = m.end();
                    at = done - 1;
                }
            }
        }
    }

    /** The next place at or after {@code from} where one of the grammar's claim words is written, any case; -1 if none. */
    private static int nextClaimWord(Grammar g, String text, int from) {
        int best = -1;
        for (String word : g.claimWords()) {
            char lower = word.charAt(0);
            char upper = Character.toUpperCase(lower);
            for (int i = from; i + word.length() <= text.length() && (best < 0 || i < best); i++) {
                char c = text.charAt(i);
                if ((c == lower || c == upper) && text.regionMatches(true, i, word, 0, word.length())) {
                    best = i;
                    break;
                }
            }
        }
        return best;
    }

    private static boolean isRangeToken(String tok) {
        return switch (tok.toLowerCase(java.util.Locale.ROOT)) {
            case "-", "\u2013", "\u2014", "to", "through", "bis", "\u00e0", "~", "\uff0d", "\uff5e", "\u81f3",
                 "\u5230", "\u2010", "\u301c", "\u304b\u3089", "\u306a\u3044\u3057", "\u4e43\u81f3" -> true;
            default -> false;
        };
    }

    private static void collectNumbers(Grammar g, String content, List<WrittenNumber> out) {
        Matcher m = g.explicit().matcher(content);
        while (m.find()) {
            out.add(new WrittenNumber(m.start(3), m.end(3), Integer.parseInt(m.group(3)), false));
            Matcher t = g.tail().matcher(m.group(4));
            boolean range = false;
            while (t.find()) {
                String tok = t.group();
                if (Character.isDigit(tok.charAt(0))) {
                    out.add(new WrittenNumber(m.start(4) + t.start(), m.start(4) + t.end(), Integer.parseInt(tok), range));
                    range = false;
                } else {
                    range = isRangeToken(tok);
                }
            }
        }
    }
}
