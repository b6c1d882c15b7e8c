package io.patentdesk.app.prior;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code patentdesk chart --format json}: {@code {"references":[{"file","pages"}], "elements":[{"claim","text",
 * "start","end","matches":[{"reference","page","paragraph","text","score"}]}]}}. A contract other tools read: keep it
 * stable. {@code pages} and {@code page} are null for documents without pages, {@code paragraph} null where none is
 * printed.
 */
public final class ChartJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChartJson() {
    }

    public static String write(ClaimChart chart) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode refs = root.putArray("references");
        for (ClaimChart.Reference r : chart.references()) {
            ObjectNode n = refs.addObject();
            n.put("file", r.file().toString());
            if (r.pages() > 0) {
                n.put("pages", r.pages());
            } else {
                n.putNull("pages");
            }
        }
        ArrayNode rows = root.putArray("elements");
        for (ClaimChart.Row row : chart.elements()) {
            ObjectNode n = rows.addObject();
            n.put("claim", row.claim());
            n.put("text", row.text());
            n.put("start", row.start());
            n.put("end", row.end());
            ArrayNode matches = n.putArray("matches");
            for (ClaimChart.Match m : row.matches()) {
                ObjectNode mn = matches.addObject();
                mn.put("reference", m.reference());
                if (m.page() == null) {
                    mn.putNull("page");
                } else {
                    mn.put("page", m.page());
                }
                mn.put("paragraph", m.paragraph());
                mn.put("text", m.text());
                mn.put("score", Math.round(m.score() * 1e6) / 1e6);
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }
}
