package io.patentdesk.app.assist;

import java.util.Locale;
import java.util.Set;

/** Turns a step written as a bare verb ("receive a signal") into a method step ("receiving a signal"). */
final class Gerunds {
    /** Verbs whose final consonant doubles ("transmit" -> "transmitting"); stress on the last syllable. */
    private static final Set<String> DOUBLING = Set.of("transmit", "emit", "submit", "permit", "omit", "admit",
            "commit", "refer", "occur", "control", "set", "get", "put", "run", "cut", "stop", "plan", "map", "tap",
            "drop", "ship", "grip", "trim", "scan", "log", "tag", "flag", "swap", "wrap", "begin", "forget", "equip",
            "defer", "prefer", "transfer", "compel", "propel", "dispel", "patrol", "excel", "shut", "hit", "sit",
            "split", "strip", "clip", "snap", "plug", "dip", "chop", "rub", "dim", "trap", "blur", "stir", "pin",
            "spin", "skip", "step", "slip", "zip", "bin", "cap", "pad", "knit", "nod", "quit", "upset", "output",
            "input", "reset", "offset", "embed", "program", "outfit", "abut", "rebut", "recur", "incur", "infer",
            "confer", "deter", "inter", "regret", "acquit", "expel", "repel", "remit", "readmit", "retrofit");
    private static final Set<String> KEEP_E = Set.of("be", "see", "agree", "free", "flee", "dye", "eye", "hoe",
            "toe", "shoe", "singe", "tinge", "guarantee", "referee");

    private Gerunds() {
    }

    /** The clause with its leading verb (after any adverbs ending in -ly) in the -ing form. */
    static String clause(String clause) {
        String[] words = clause.strip().split(" ", -1);
        int i = 0;
        while (i < words.length - 1 && words[i].toLowerCase(Locale.ROOT).endsWith("ly")) {
            i++;
        }
        words[i] = of(words[i]);
        return String.join(" ", words);
    }

    static String of(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (!v.matches("[a-z]+") || v.endsWith("ing") && v.length() > 4) {
            return verb;
        }
        if (v.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (KEEP_E.contains(v)) {
            return verb + "ing";
        }
        if (v.endsWith("e") && v.length() > 2) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        if (DOUBLING.contains(v)) {
            return verb + verb.charAt(verb.length() - 1) + "ing";
        }
        return verb + "ing";
    }
}
