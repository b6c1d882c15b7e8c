package io.patentdesk.app.prior;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphReflowTest {

    private static final String PAGE = String.join("\n",
            "BACKGROUND",
            "[0002] A bicycle lock has a shackle whose free end is re-",
            "ceived in a locking body. The shackle is made of hardened steel",
            "5",
            "and the body holds a U-",
            "shaped hoop in a cylinder of the kind sold under many names",
            "for years.",
            "[0003] The cylinder turns a latch that engages a notch in the",
            "shackle so that the lock cannot be opened without its key or a",
            "very strong cutting tool.",
            "10",
            "SUMMARY",
            "It is an object to make a lighter lock that is still hard to cut",
            "and easy to carry on a bicycle frame for long rides in the city");

    @Test
    void linesBecomeParagraphsWithTheirNumbersAndHyphensAtLineEndsUndone() {
        List<ReferenceParagraph> ps = ParagraphReflow.reflow(PAGE, 4);
        assertThat(ps).extracting(ReferenceParagraph::label)
                .containsExactly(null, "[0002]", "[0003]", null, null);
        assertThat(ps).allMatch(p -> p.page() == 4);
        assertThat(ps.get(0).text()).isEqualTo("BACKGROUND");
        assertThat(ps.get(1).text()).isEqualTo("A bicycle lock has a shackle whose free end is received in a locking "
                + "body. The shackle is made of hardened steel and the body holds a U-shaped hoop in a cylinder of the "
                + "kind sold under many names for years.");
        assertThat(ps.get(2).text()).endsWith("without its key or a very strong cutting tool.")
                .doesNotContain(" 10 ");
        assertThat(ps.get(3).text()).isEqualTo("SUMMARY");
        assertThat(ps.get(4).text()).startsWith("It is an object").endsWith("long rides in the city");
    }

    @Test
    void aParagraphRunningOverAPageBreakIsJoinedAndKeepsItsFirstPage() {
        List<ReferenceParagraph> joined = ParagraphReflow.joinAcrossPages(List.of(
                new ReferenceParagraph(1, "[0007]", "The hoop is bent from a rod and"),
                new ReferenceParagraph(2, null, "hardened after bending."),
                new ReferenceParagraph(2, "[0008]", "The body is cast."),
                new ReferenceParagraph(3, null, "Figures are described below.")));
        assertThat(joined).containsExactly(
                new ReferenceParagraph(1, "[0007]", "The hoop is bent from a rod and hardened after bending."),
                new ReferenceParagraph(2, "[0008]", "The body is cast."),
                new ReferenceParagraph(3, null, "Figures are described below."));
    }
}
