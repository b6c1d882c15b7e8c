package io.patentdesk.inference.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * The special tokens put around every text, as the tokenizer itself says: its {@code post_processor} (e.g. Llama's
 * {@code TemplateProcessing} adding {@code <s>}), overridden where {@code tokenizer_config.json} says
 * {@code add_bos_token} / {@code add_eos_token} (as Hugging Face's Llama tokenizer rebuilds its post-processor from
 * them: Phi-3's {@code tokenizer.json} adds {@code <s>}, its config turns it off). Never genai_config's
 * {@code bos_token_id}: a real Llama export names {@code <unk>} there.
 *
 * @param prefix the ids before every text (the BOS token, where there is one)
 * @param suffix the ids after every text (an EOS token only where the tokenizer asks for it)
 */
public record SpecialTokens(int[] prefix, int[] suffix) {

    public static final SpecialTokens NONE = new SpecialTokens(new int[0], new int[0]);

    public SpecialTokens {
        prefix = prefix.clone();
        suffix = suffix.clone();
    }

    @Override
    public int[] prefix() {
        return prefix.clone();
    }

    @Override
    public int[] suffix() {
        return suffix.clone();
    }

    /** {@code ids} with the prefix before and the suffix after. */
    public int[] around(int[] ids) {
        int[] out = new int[prefix.length + ids.length + suffix.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(ids, 0, out, prefix.length, ids.length);
        System.arraycopy(suffix, 0, out, prefix.length + ids.length, suffix.length);
        return out;
    }

    /**
     * @param withSpecials  a probe text encoded with the post-processor's special tokens
     * @param withoutThem   the same text encoded without them
     * @param config        {@code tokenizer_config.json}, or null
     * @param idOf          the id of a token's text, or -1 when the vocabulary has no such token
     */
    static SpecialTokens of(int[] withSpecials, int[] withoutThem, JsonNode config, ToIntFunction<String> idOf) {
        int at = indexOf(withSpecials, withoutThem);
        int[] prefix = at < 0 ? new int[0] : Arrays.copyOf(withSpecials, at);
        int[] suffix = at < 0 ? new int[0]
                : Arrays.copyOfRange(withSpecials, at + withoutThem.length, withSpecials.length);
        if (config != null) {
            prefix = apply(prefix, config.get("add_bos_token"), tokenId(config.get("bos_token"), idOf), true);
            suffix = apply(suffix, config.get("add_eos_token"), tokenId(config.get("eos_token"), idOf), false);
        }
        return new SpecialTokens(prefix, suffix);
    }

    /** The post-processor's ids with the config's switch applied: the token added (at its end) or removed. */
    private static int[] apply(int[] ids, JsonNode add, int token, boolean first) {
        if (add == null || !add.isBoolean() || token < 0) {
            return ids;
        }
        boolean present = IntStream.of(ids).anyMatch(i -> i == token);
        if (add.booleanValue() && !present) {
            int[] out = new int[ids.length + 1];
            System.arraycopy(ids, 0, out, first ? 1 : 0, ids.length);
            out[first ? 0 : ids.length] = token;
            return out;
        }
        return add.booleanValue() ? ids : IntStream.of(ids).filter(i -> i != token).toArray();
    }

    /** A config's token, given as its text or as an added-token object ({@code {"content": ...}}); -1 when none. */
    private static int tokenId(JsonNode token, ToIntFunction<String> idOf) {
        String text = token == null ? null : token.isTextual() ? token.asText()
                : token.path("content").isTextual() ? token.get("content").asText() : null;
        return text == null ? -1 : idOf.applyAsInt(text);
    }

    private static int indexOf(int[] outer, int[] inner) {
        for (int i = 0; i + inner.length <= outer.length; i++) {
            if (Arrays.equals(outer, i, i + inner.length, inner, 0, inner.length)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecialTokens s && Arrays.equals(prefix, s.prefix) && Arrays.equals(suffix, s.suffix);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(prefix) + Arrays.hashCode(suffix);
    }

    @Override
    public String toString() {
        return "SpecialTokens[prefix=" + Arrays.toString(prefix) + ", suffix=" + Arrays.toString(suffix) + "]";
    }
}
