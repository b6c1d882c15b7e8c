package io.patentdesk.inference.aids;

import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The first words of every further line of a draft of numbered lines, written for the model as the request's lead
 * writes those of its first line: each dependent claim of a set begins "3. The electronic key system of claim 1,
 * wherein", and the model writes the rest of it. Left to begin each claim by itself, a small model renamed the claimed
 * thing as it went ("4. The electronic button of claim 1", "5. The electronic claim 1"). The model still decides
 * whether another line follows (after a line break it may end the draft instead) and which earlier claim each one
 * refers to.
 *
 * @param template  the words of each further line: {@code {n}} stands for its number, {@code {ref}} (at most once)
 *                  for the number of an earlier claim it refers to, which the model chooses (sampled as its other
 *                  tokens are) among {@code parent} and the lines of this draft before it (a dependent claim refers
 *                  back, 35 U.S.C. 112(d)); not first; "" for none
 * @param firstLine the number of the draft's first line (the one the request's lead begins); the next is one more
 * @param parent    the number of the claim the draft's lines depend on (the claim it was asked for)
 */
public record LineLeads(String template, int firstLine, int parent) {

    /** No leads: each line begins as the model writes it. */
    public static final LineLeads NONE = new LineLeads("", 1, 1);

    static final String NUMBER = "{n}";
    static final String REFERENCE = "{ref}";

    public LineLeads {
        Objects.requireNonNull(template, "template");
        if (firstLine < 1 || parent < 1) {
            throw new IllegalArgumentException("line numbers start at 1, were " + firstLine + " and " + parent);
        }
        int ref = template.indexOf(REFERENCE);
        if (ref >= 0 && template.indexOf(REFERENCE, ref + 1) >= 0) {
            throw new IllegalArgumentException("a line refers to one earlier claim at most: " + template);
        }
        if (!template.isEmpty() && (template.isBlank() || template.strip().startsWith(REFERENCE))) {
            throw new IllegalArgumentException("a line lead must begin with words: " + template);
        }
        if (ref >= 0 && parent >= firstLine) {
            throw new IllegalArgumentException("the parent claim " + parent + " must come before the draft's first line "
                    + firstLine);
        }
    }

    /** Dependent claims: "{n}. The " + name + " of claim {ref}, wherein", numbered from {@code firstLine}. */
    public static LineLeads dependentClaims(String name, int firstLine, int parent) {
        return new LineLeads(NUMBER + ". The " + name + " of claim " + REFERENCE + ", wherein", firstLine, parent);
    }

    public boolean isNone() {
        return template.isEmpty();
    }

    /** The number of the draft's line {@code line} (0 is its first line, begun by the request's lead). */
    int number(int line) {
        return firstLine + line;
    }

    /** Whether each line names an earlier claim the model chooses. */
    boolean refers() {
        return template.contains(REFERENCE);
    }

    /** The words of line {@code line} before the reference (all of them when there is none). */
    String before(int line) {
        int ref = template.indexOf(REFERENCE);
        return numbered(ref < 0 ? template : template.substring(0, ref), line);
    }

    /** The words of line {@code line} after the reference ("" when there is none). */
    String after(int line) {
        int ref = template.indexOf(REFERENCE);
        return ref < 0 ? "" : numbered(template.substring(ref + REFERENCE.length()), line);
    }

    /** The numbers line {@code line} may refer to: the parent's, then those of the draft's earlier lines. */
    int[] references(int line) {
        return IntStream.concat(IntStream.of(parent), IntStream.range(firstLine, number(line)))
                .filter(n -> n < number(line)).distinct().toArray();
    }

    private String numbered(String part, int line) {
        return part.replace(NUMBER, Integer.toString(number(line)));
    }
}
