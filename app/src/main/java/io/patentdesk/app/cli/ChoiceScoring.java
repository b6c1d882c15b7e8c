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
 */
final class ChoiceScoring {

    /** One question; the answer is one of the choices' texts. */
    record Question(String question, List<String> choices, int answer) {

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
            return new Question(q, List.copyOf(choices), index);
        }

        String prompt() {
            return "Question: " + question + "\n" + NEUTRAL_PROMPT;
        }
    }

    /** The answer cue alone: what a choice's prior likelihood is measured after. */
    static final String NEUTRAL_PROMPT = "Answer:";

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
    double score(Question q, String choice) {
        String continuation = " " + choice;
        double s = scorer.apply(q.prompt(), continuation).logProbability();
        if (calibrated) {
            s -= prior.computeIfAbsent(continuation, c -> scorer.apply(NEUTRAL_PROMPT, c).logProbability());
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
                double s = score(q, q.choices().get(i));
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

    /** Recurring choices (True, False, Yes, No) by their text; one-off choices by their position, A, B, C ... */
    private static String key(Question q, int choice, Map<String, Integer> textCount) {
        String text = q.choices().get(choice);
        return textCount.get(text) > 1 ? text : String.valueOf((char) ('A' + choice));
    }
}
