package io.patentdesk.app.prior;

import io.patentdesk.analyzer.ClaimSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Charts claim elements against an indexed {@link PassageLibrary}: the best passages of each reference per element. */
public final class ClaimCharter {

    private ClaimCharter() {
    }

    /**
     * @param only         claim numbers to chart; empty for all
     * @param perReference passages of each reference per element
     */
    public static ClaimChart chart(ClaimSet claims, Set<Integer> only, PassageLibrary library, int perReference) {
        List<ClaimChart.Reference> refs = new ArrayList<>();
        for (ReferenceText r : library.references()) {
            refs.add(new ClaimChart.Reference(r.file(), r.pages()));
        }
        List<ClaimChart.Row> rows = new ArrayList<>();
        for (ClaimElementSpans.Element e : ClaimElementSpans.of(claims, only)) {
            Set<String> elementTerms = library.terms(e.text());
            List<ClaimChart.Match> matches = new ArrayList<>();
            for (PassageLibrary.Hit hit : library.search(e.text(), RetrievalMode.HYBRID, perReference)) {
                Passage p = hit.passage();
                matches.add(new ClaimChart.Match(p.reference(), p.page() == 0 ? null : p.page(), p.paragraph(),
                        p.text(), hit.score(), matchedWords(library, p.text(), elementTerms)));
            }
            rows.add(new ClaimChart.Row(e.claim(), e.text(), e.start(), e.end(), matches));
        }
        return new ClaimChart(refs, rows);
    }

    /** The passage's words whose analysed form is one of the element's: what a chart highlights. */
    static List<String> matchedWords(PassageLibrary library, String passage, Set<String> elementTerms) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : passage.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && library.terms(word).stream().anyMatch(elementTerms::contains)) {
                out.add(word);
            }
        }
        return List.copyOf(out);
    }
}
