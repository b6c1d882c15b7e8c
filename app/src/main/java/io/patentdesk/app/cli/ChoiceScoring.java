package io.patentdesk.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.patentdesk.inference.Score;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Multiple-choice evaluation by log-probability: the model "answers" with the choice whose text it finds most likely
 * after the question. Per-choice bias is how much more often a choice is picked than it is right (predicted share
 * minus answer share): a model that says "True" to everything shows a large positive bias for "True".
 *
 * <p>Calibrated scoring subtracts each choice's log-probability after a bare {@value #NEUTRAL_PROMPT} (domain-conditional
 * PMI, Holtzman et al. 2021, "Surface Form Competition"): it asks how much more likely the question makes a choice,
 * so a small model's prior for "True" no longer decides every answer.
 *
 * <p>A question may be Chinese ({@code "lang": "zh"}: {@code 问题：...\n答案：}, the answer without a space) and may list
 * its options as MoZIP's IPQuiz does ({@code "style": "letters"}: "A. ..." lines under the question, the letter scored,
 * bias reported per letter). The training pipeline's {@code patentgpt/choices.py} builds the same prompts.
 */
final class ChoiceScoring {

    /** One question; the answer is one of the choices' texts. */
    record Question(String question, List<String> choices, int answer, boolean chinese, boolean letters) {

        Question(String question, List<String> choices, int answer) {
            this(question, choices, answer, false, false);
        }

        static Question from(JsonNode r, String where) throws IOException {
            String q = r.path("question").asText("");
            List<String> choices = new ArrayList<>();
            r.path("choices").forEach(c -> choices.add(c.asText()));
            String answer = r.path("answer").asText(null);
            if (q.isBlank() || choices.size() < 2 || answer == null) {
                throw new IOException(where + " needs \"question\", at least two \"choices\" and an \"answer\".");
            }
            int index = choices.indexOf(answer);
            if (index < 0 && answer.length() == 1 && Character.isLetter(answer.charAt(0))) {
                index = Character.toUpperCase(answer.charAt(0)) - 'A'; // answer given as a letter A, B, C ...
            }
            if (index < 0 || index >= choices.size()) {
                throw new IOException(where + ": the answer \"" + answer + "\" is not one of the choices.");
            }
            String lang = r.path("lang").asText("en");
            String style = r.path("style").asText("text");
            if (!lang.equals("en") && !lang.equals("zh")) {
                throw new IOException(where + ": \"lang\" must be \"en\" or \"zh\", not \"" + lang + "\".");
            }
            if (!style.equals("text") && !style.equals("letters") || style.equals("letters") && choices.size() > 26) {
                throw new IOException(where + ": \"style\" must be \"text\" or \"letters\" (at most 26 choices).");
            }
            return new Question(q, List.copyOf(choices), index, lang.equals("zh"), style.equals("letters"));
        }

        String prompt() {
            StringBuilder p = new StringBuilder(chinese ? "问题：" : "Question: ").append(question);
            if (letters) {
                for (int i = 0; i < choices.size(); i++) {
                    p.append('\n').append(letter(i)).append(". ").append(choices.get(i));
                }
            }
            return p.append('\n').append(cue()).toString();
        }

        /** The answer cue alone: what a choice's prior likelihood is measured after. */
        String cue() {
            return chinese ? NEUTRAL_PROMPT_ZH : NEUTRAL_PROMPT;
        }

        /** What is scored for choice i: its letter or its text, after a space in English. */
        String continuation(int i) {
            return (chinese ? "" : " ") + (letters ? String.valueOf(letter(i)) : choices.get(i));
        }
    }

    static char letter(int i) {
        return (char) ('A' + i);
    }

    /** The answer cue alone: what a choice's prior likelihood is measured after. */
    static final String NEUTRAL_PROMPT = "Answer:";
    static final String NEUTRAL_PROMPT_ZH = "答案：";

    record Outcome(double accuracy, int n, Map<String, Double> perChoiceBias) {
    }

    private final BiFunction<String, String, Score> scorer;
    private final boolean calibrated;
    private final Map<String, Double> prior = new HashMap<>();

    ChoiceScoring(BiFunction<String, String, Score> scorer) {
        this(scorer, false);
    }

    ChoiceScoring(BiFunction<String, String, Score> scorer, boolean calibrated) {
        this.scorer = scorer;
        this.calibrated = calibrated;
    }

    /** The score that picks the answer: log p(choice | question), less log p(choice | cue) when calibrated. */
    double score(Question q, int choice) {
        String continuation = q.continuation(choice);
        double s = scorer.apply(q.prompt(), continuation).logProbability();
        if (calibrated) {
            s -= prior.computeIfAbsent(q.cue() + "\u0000" + continuation,
                    c -> scorer.apply(q.cue(), continuation).logProbability());
        }
        return s;
    }

    Outcome evaluate(List<Question> questions) {
        Map<String, Integer> textCount = new HashMap<>();
        for (Question q : questions) {
            q.choices().forEach(c -> textCount.merge(c, 1, Integer::sum));
        }
        Map<String, Double> bias = new TreeMap<>();
        int correct = 0;
        for (Question q : questions) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < q.choices().size(); i++) {
                double s = score(q, i);
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            if (best == q.answer()) {
                correct++;
            }
            bias.merge(key(q, best, textCount), 1.0 / questions.size(), Double::sum);
            bias.merge(key(q, q.answer(), textCount), -1.0 / questions.size(), Double::sum);
        }
        return new Outcome((double) correct / questions.size(), questions.size(), bias);
    }

    /**
     * Lettered questions by letter; recurring choices (True, False, Yes, No) by their text; one-off choices by their
     * position, A, B, C ...
     */
    private static String key(Question q, int choice, Map<String, Integer> textCount) {
        String text = q.choices().get(choice);
        return !q.letters() && textCount.get(text) > 1 ? text : String.valueOf(letter(choice));
    }
}
