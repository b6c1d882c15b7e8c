package io.patentdesk.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.app.assist.DraftLeads;
import io.patentdesk.inference.DraftingTask;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code patentdesk leads}: the first words the app writes for each drafting task input read from standard input, one
 * JSON object per line ({@code {"task": "claims_to_title", "input": "1. A bolt ..."}} gives {@code {"lead": "Bolt"}}),
 * so that the training pipeline's decoding stage drafts as the app does. No model is loaded.
 */
@Command(name = "leads", mixinStandardHelpOptions = true,
        description = {"Print the first words the app writes for drafting tasks (DraftLeads), without a model.",
            "Reads one JSON object per line from standard input: {\"task\": TASK, \"input\": TEXT}; writes one per line: "
                + "{\"lead\": TEXT} (\"\" when the app writes none)."})
public final class LeadsCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return leads(new InputStreamReader(System.in, StandardCharsets.UTF_8), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** Answers each request line of {@code in} on {@code out}; a bad line stops with one message and status 2. */
    static int leads(Reader in, PrintWriter out, PrintWriter err) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        int lineNumber = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode request;
            DraftingTask task;
            try {
                request = JSON.readTree(line);
                task = DraftingTask.byId(request.path("task").asText(""));
            } catch (IOException | IllegalArgumentException e) {
                err.println("patentdesk: line " + lineNumber + " is not {\"task\": TASK, \"input\": TEXT} with a known task.");
                err.flush();
                return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
            }
            ObjectNode answer = JSON.createObjectNode();
            answer.put("lead", DraftLeads.forTask(task, request.path("input").asText("")).orElse(""));
            out.println(JSON.writeValueAsString(answer));
            out.flush();
        }
        return 0;
    }
}
