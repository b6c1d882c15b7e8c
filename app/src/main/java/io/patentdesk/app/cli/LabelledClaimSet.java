package io.patentdesk.app.cli;

import java.util.List;
import java.util.Map;

/**
 * One claim set of the evaluation set: the claims text as the analyzer gets it and every claim's labels. A claim in
 * {@code labelledClaims} with no label was judged clean; an excluded claim (text damaged in the source) is not scored.
 *
 * @param id             the corpus record id ("US20240051336")
 * @param folder         the corpus folder it came from
 * @param kind           grant, application or ocr
 * @param claims         the claims text, one claim per line
 * @param labelledClaims the claim numbers judged, problems or clean
 * @param excluded       claim number to the reason it is not scored
 * @param labels         the problems found, in text order
 */
record LabelledClaimSet(String id, String folder, String kind, String claims, List<Integer> labelledClaims,
                        Map<Integer, String> excluded, List<ProblemLabel> labels) {

    LabelledClaimSet {
        labelledClaims = List.copyOf(labelledClaims);
        excluded = Map.copyOf(excluded);
        labels = List.copyOf(labels);
    }
}
