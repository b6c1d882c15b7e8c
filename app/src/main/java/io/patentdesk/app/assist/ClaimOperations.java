package io.patentdesk.app.assist;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimCategory;
import io.patentdesk.analyzer.ClaimGrammar;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a claim does, as method steps in the -ing form: a method's steps as written, or the functions of a
 * system or medium claim ("a processor configured to: receive ...", "code adapted to display ..."). A purely
 * structural claim (a hinge with a pin) has none.
 */
final class ClaimOperations {
    /**
     * The colon that introduces a list of functions; the last one in the claim wins. After a function link
     * ("configured to:", "programmed to:") it is found from the analyzer's list of them ({@link ClaimGrammar}).
     */
    private static final Pattern FUNCTION_LIST = Pattern.compile("(?i)(?:operations\\s+comprising|(?:instructions|code|"
            + "steps)\\s+(?:for|to)|method\\s+comprising|cause[sd]?\\s+[^:;]{0,120}?\\s+to)\\s*:");
    private static final Pattern COLON = Pattern.compile("\\s*:");
    /** An element that is itself a function: "code adapted to receive ...", "instructions for detecting ...". */
    private static final Pattern FUNCTION_ELEMENT = Pattern.compile("(?i)^(?:computer\\s+)?(?:program\\s+)?"
            + "(?:code|instructions|logic|a\\s+module|a\\s+unit|means)\\s+(?:(?:adapted|configured|operable)\\s+)?"
            + "(?:to|for)\\s+(.+)$");
    private static final Pattern STEP_OF = Pattern.compile("(?i)^:?\\s*(?:the\\s+steps?\\s+of\\s*:?\\s*)?");

    private ClaimOperations() {
    }

    /** The steps, each in the -ing form; empty for a structural claim. */
    static Optional<List<String>> of(Claim claim, String claimsText) {
        String body = ClaimElements.normalize(claim.body().of(claimsText));
        if (claim.category() == ClaimCategory.METHOD) {
            List<String> steps = ClaimElements.split(STEP_OF.matcher(body).replaceFirst(""));
            return steps.isEmpty() ? Optional.empty() : Optional.of(steps.stream().map(Gerunds::clause).toList());
        }
        String content = ClaimElements.normalize(claim.content());
        Matcher m = FUNCTION_LIST.matcher(content);
        int after = -1;
        while (m.find()) {
            after = m.end();
        }
        Matcher colon = COLON.matcher(content);
        for (ClaimGrammar.FunctionLink link : ClaimGrammar.defaults().find(content).functionLinks()) {
            if (colon.region(link.end(), content.length()).lookingAt()) {
                after = Math.max(after, colon.end());
            }
        }
        if (after >= 0) {
            List<String> steps = ClaimElements.split(content.substring(after));
            if (!steps.isEmpty()) {
                return Optional.of(steps.stream().map(Gerunds::clause).toList());
            }
        }
        List<String> elements = ClaimElements.split(STEP_OF.matcher(body).replaceFirst(""));
        List<String> functions = elements.stream().map(FUNCTION_ELEMENT::matcher).filter(Matcher::matches)
                .map(fm -> Gerunds.clause(fm.group(1))).toList();
        if (!elements.isEmpty() && functions.size() == elements.size()) {
            return Optional.of(functions);
        }
        return Optional.empty();
    }
}
