package io.patentdesk.inference.aids;

import io.patentdesk.inference.tokenize.TextTokenizer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Plays a request's {@link LineLeads} during one generation. After a token of the model's that ends a line, its next
 * choice only says whether the draft goes on (an end token ends it); if it does, the script writes the line's lead:
 * the words before the reference, then the model chooses the reference among the allowed claim numbers, then the
 * script writes the words after it. Then the model writes again. Byte-level vocabularies only (a line ends with a token whose last byte is a line break).
 */
public final class LineLeadScript {

    /**
     * A line is only begun when the token budget still holds its lead and as many tokens as the model wrote in each
     * line so far on average (at least this many): a claim cut off by the budget is worse than one claim fewer.
     */
    static final int MIN_LINE_TOKENS = 16;

    private final LineLeads leads;
    private final boolean[] lineEnds; // per token id: endsLine
    private final Function<String, int[]> encode;
    private final ArrayDeque<Integer> queue = new ArrayDeque<>();
    private int[] references; // the ids the pending reference is chosen from; null when none is pending
    private int[] afterReference; // the lead's tokens that follow the pending reference
    private int line;
    private boolean lineEnded;
    private boolean wrote;
    private int free = Integer.MAX_VALUE / 2;
    private int lineTokens; // the model's tokens in the draft's finished lines
    private int tokensInLine; // and in the current line

    /**
     * @param tokens the bytes of each token id (byte-level BPE)
     * @param encode a text's token ids, without special tokens
     */
    LineLeadScript(LineLeads leads, byte[][] tokens, Function<String, int[]> encode) {
        this.leads = leads;
        this.lineEnds = new boolean[tokens.length];
        for (int id = 0; id < tokens.length; id++) {
            lineEnds[id] = endsLine(tokens[id]);
        }
        this.encode = encode;
    }

    /** The script for a request, or null when it has no line leads or the vocabulary is not byte-level. */
    public static LineLeadScript of(LineLeads leads, TextTokenizer tokenizer) {
        if (leads.isNone() || tokenizer.byteLevelTokens() == null) {
            return null;
        }
        return new LineLeadScript(leads, tokenizer.byteLevelTokens(), text -> tokenizer.encode(text, false));
    }

    /**
     * Notes a token added to the draft, with {@code remaining} tokens left in the budget. True when the model's token
     * ended a line and the budget cannot hold another line: the draft should end here, not inside the next lead.
     */
    public boolean added(int token, int remaining) {
        if (wrote) {
            wrote = false; // the script's own token
            return false;
        }
        free++;
        tokensInLine++;
        if (token < 0 || token >= lineEnds.length || !lineEnds[token]) {
            return false;
        }
        lineTokens += tokensInLine;
        tokensInLine = 0;
        line++;
        String before = leads.before(line);
        String head = before.stripTrailing();
        queue.clear();
        add(encode.apply(head));
        references = leads.refers() ? referenceIds(before.substring(head.length())) : null;
        afterReference = encode.apply(leads.after(line));
        if (references == null) {
            add(afterReference); // else written once the reference is chosen
        }
        int lead = queue.size() + (references == null ? 0 : 1 + afterReference.length);
        if (lead + Math.max(MIN_LINE_TOKENS, lineTokens / line) > remaining) {
            queue.clear();
            references = null;
            return true;
        }
        lineEnded = true;
        return false;
    }

    /**
     * The tokens of the numbers the line may refer to, each one token with the space before it (" 1", " 12"); null
     * when the parent's number is not one token (" 177" is two): then the line refers to the parent, written for the
     * model, as a number of two tokens cannot be chosen in one step.
     */
    private int[] referenceIds(String space) {
        int[] numbers = leads.references(line);
        int[] ids = new int[numbers.length];
        int n = 0;
        for (int number : numbers) {
            int[] spelled = encode.apply(space + number);
            if (spelled.length == 1) {
                ids[n++] = spelled[0];
            } else if (number == leads.parent()) {
                add(spelled);
                return null;
            }
        }
        return Arrays.copyOf(ids, n);
    }

    /** Whether a token ends a line: it has a line break and nothing after its last one but spaces or tabs. */
    static boolean endsLine(byte[] token) {
        for (int i = token.length - 1; i >= 0; i--) {
            if (token[i] == '\n') {
                return true;
            }
            if (token[i] != ' ' && token[i] != '\t') {
                return false;
            }
        }
        return false;
    }

    /** For the model's first token after a lead: it may neither end the draft nor the line (a claim needs a body). */
    public void keepLineOpen(float[] logits, java.util.Set<Integer> eos) {
        for (int id = 0; id < Math.min(lineEnds.length, logits.length); id++) {
            if (lineEnds[id] || eos.contains(id)) {
                logits[id] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    /** Whether the last token ended a line, so that the model's next choice only says whether the draft goes on. */
    public boolean atLineEnd() {
        return lineEnded;
    }

    /** Whether the next token is the script's: the draft goes on after a line break, or a lead is being written. */
    public boolean writing() {
        return lineEnded || !queue.isEmpty() || references != null;
    }

    /** Whether the next token is the reference, chosen by the model among {@link #keepReferences(float[])}'s. */
    public boolean atReference() {
        return !lineEnded && queue.isEmpty() && references != null;
    }

    /** Leaves in {@code logits} only the numbers the line may refer to (each one token, " 1", " 12"). */
    public void keepReferences(float[] logits) {
        boolean[] keep = new boolean[logits.length];
        for (int id : references) {
            if (id < logits.length) {
                keep[id] = true;
            }
        }
        for (int i = 0; i < logits.length; i++) {
            if (!keep[i]) {
                logits[i] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    /** The reference the model chose: the rest of the lead follows it. */
    public int referred(int token) {
        references = null;
        add(afterReference);
        wrote = true;
        free = 0;
        return token;
    }

    /** The next token of the lead (after a line break: the draft goes on, and the lead's first token replaces the
     *  model's choice). */
    public int write() {
        lineEnded = false;
        wrote = true;
        free = 0;
        return queue.poll();
    }

    /** How many tokens the model has chosen since the last one written for it (a large number before any). */
    public int free() {
        return free;
    }

    private void add(int[] ids) {
        for (int id : ids) {
            queue.add(id);
        }
    }
}
