package io.patentdesk.app.prior;

import io.patentdesk.analyzer.ClaimSet;
import java.util.ArrayList;
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
            List<ClaimChart.Match> matches = new ArrayList<>();
            for (PassageLibrary.Hit hit : library.search(e.text(), RetrievalMode.HYBRID, perReference)) {
                Passage p = hit.passage();
                matches.add(new ClaimChart.Match(p.reference(), p.page() == 0 ? null : p.page(), p.paragraph(),
                        p.text(), hit.score(), library.matchedWords(p.text(), e.text())));
            }
            rows.add(new ClaimChart.Row(e.claim(), e.text(), e.start(), e.end(), matches));
        }
        return new ClaimChart(refs, rows);
    }
}
