package io.patentdesk.inference.aids;

import io.patentdesk.inference.sampling.LogitsTransform;
import io.patentdesk.inference.sampling.NoRepeatNgram;
import io.patentdesk.inference.spi.AidContext;
import io.patentdesk.inference.spi.StepAids;
import io.patentdesk.inference.tokenize.TextTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** PatentGPT-mini's aids in one generation, wired into the engine's hooks from a request's {@link PatentAidSettings}. */
final class PatentStepAids implements StepAids {

    private final List<LogitsTransform> before;
    private final List<LogitsTransform> after;
    private final Guidance guidance;
    private final TokenScript script;

    private PatentStepAids(List<LogitsTransform> before, List<LogitsTransform> after, Guidance guidance,
            TokenScript script) {
        this.before = before;
        this.after = after;
        this.guidance = guidance;
        this.script = script;
    }

    /** The hooks for the settings; null when they switch nothing on. */
    static StepAids of(PatentAidSettings s, AidContext context) {
        TextTokenizer tokenizer = context.tokenizer();
        int promptLength = context.prompt().length;
        byte[][] tokens = tokenizer.byteLevelTokens();
        List<LogitsTransform> before = new ArrayList<>();
        if (s.inputWordBoost() > 0 && tokens != null) {
            before.add(new InputWords(tokens, s.inputWordBoost(), promptLength));
        }
        if (s.copyBoost() > 0) {
            before.add(new InputCopy(s.copyBoost(), promptLength));
        }
        List<LogitsTransform> after = new ArrayList<>();
        if (s.nearRepeatWindow() > 0) {
            after.add(NoRepeatNgram.near(s.nearRepeatWindow(), promptLength));
        }
        after.addAll(wordRules(tokenizer, s.wordRules(), context.prompt()));
        Guidance guidance = s.contextContrast() > 0 ? contrast(s, context) : null;
        LineLeadScript lines = LineLeadScript.of(s.lineLeads(), tokenizer);
        TokenScript script = lines == null ? null : new Lines(lines, context.endTokens());
        if (before.isEmpty() && after.isEmpty() && guidance == null && script == null) {
            return null;
        }
        return new PatentStepAids(List.copyOf(before), List.copyOf(after), guidance, script);
    }

    /** The logits transforms of word rules; the article rule, the lexicon and the banned openings need the bytes of a
     *  byte-level vocabulary and are left out for other tokenizers. */
    static List<LogitsTransform> wordRules(TextTokenizer tokenizer, WordRules rules, int[] prompt) {
        int promptLength = prompt.length;
        List<LogitsTransform> out = new ArrayList<>();
        if (!rules.bannedWords().isEmpty()) {
            out.add(new BannedWords(BannedWords.spellings(rules.bannedWords(), w -> tokenizer.encode(w, false)),
                    promptLength));
        }
        byte[][] tokens = tokenizer.byteLevelTokens();
        if (rules.articleAgreement() && tokens != null) {
            out.add(new ArticleAgreement(tokens, promptLength));
        }
        if (rules.knownWords() != null && tokens != null) {
            out.add(new KnownWords(tokens, rules.knownWords(), prompt));
        }
        if (!rules.bannedOpenings().isEmpty() && tokens != null) {
            out.add(new BannedOpenings(tokens, rules.bannedOpenings(), promptLength));
        }
        return out;
    }

    private static Guidance contrast(PatentAidSettings s, AidContext context) {
        ContextContrast transform = new ContextContrast(s.contextContrast(), s.plausibility());
        return new Guidance() {
            private int[] prompt;

            @Override
            public int[] prompt() {
                if (prompt == null) {
                    prompt = context.withoutBody().get();
                }
                return prompt;
            }

            @Override
            public void apply(float[] logits, float[] other) {
                transform.apply(logits, other);
            }
        };
    }

    @Override
    public List<LogitsTransform> beforePenalties() {
        return before;
    }

    @Override
    public List<LogitsTransform> afterRepeatBans() {
        return after;
    }

    @Override
    public Guidance guidance() {
        return guidance;
    }

    @Override
    public TokenScript script() {
        return script;
    }

    /**
     * Line leads as a token script: while a lead is being written its tokens are the script's (after a line break the
     * model's choice only decides whether the draft ends there). The no-repeat bans skip the model's first tokens
     * after a lead, whose n-grams are the app's words and repeat by design; its first token after a lead neither ends
     * the draft nor the line (a lead is not left without its claim).
     */
    private record Lines(LineLeadScript script, Set<Integer> eos) implements TokenScript {
        @Override
        public int next(ModelChoice model) {
            if (!script.writing()) {
                boolean bans = script.free() >= model.repeatSpan();
                boolean afterLead = script.free() == 0;
                return model.choose(bans, afterLead ? row -> script.keepLineOpen(row, eos) : null);
            }
            if (script.atLineEnd()) {
                int own = model.choose(true, null);
                return model.ends(own) ? own : script.write();
            }
            if (!script.atReference()) {
                return script.write();
            }
            return script.referred(model.choose(false, script::keepReferences));
        }

        @Override
        public boolean endsAfter(int token, int remaining) {
            return script.added(token, remaining);
        }
    }
}
