package io.patentdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LeadsCommandTest {

    private record Run(int status, String out, String err) {
    }

    private static Run leads(String input) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = LeadsCommand.leads(new StringReader(input), new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void eachLineGetsTheLeadTheAppWritesForItsTask() throws Exception {
        Run r = leads("""
                {"task": "claims_to_title", "input": "1. An image forming device comprising: an element."}
                {"task": "independent_to_dependent", "input": "1. A bolt comprising a head."}

                {"task": "claims_to_abstract", "input": "1. A bolt comprising a head."}
                {"task": "abstract_to_claim", "input": "A bolt has a head and a shank."}
                {"task": "claim_to_description", "input": "1. A bolt comprising a head."}
                {"task": "claims_to_title", "input": "1. an upper seat surface, and a spring."}
                """);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly("{\"lead\":\"Image forming device\"}",
                "{\"lead\":\"2. The bolt of claim 1, wherein\"}", "{\"lead\":\"A bolt\"}",
                "{\"lead\":\"1. A bolt comprising:\"}", "{\"lead\":\"\"}", "{\"lead\":\"\"}");
    }

    @Test
    void aBadLineStopsWithOneMessage() throws Exception {
        Run r = leads("{\"task\": \"claims_to_title\", \"input\": \"1. A bolt comprising a head.\"}\n{\"task\": \"poems\"}\n");
        assertThat(r.status()).isEqualTo(PatentDeskCommand.EXIT_UNUSABLE_INPUT);
        assertThat(r.out().lines()).containsExactly("{\"lead\":\"Bolt\"}");
        assertThat(r.err().strip()).isEqualTo("patentdesk: line 2 is not {\"task\": TASK, \"input\": TEXT} with a known task.");
        assertThat(leads("not json").status()).isEqualTo(PatentDeskCommand.EXIT_UNUSABLE_INPUT);
    }
}
