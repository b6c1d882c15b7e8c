package io.patentdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimStatus;
import io.patentdesk.analyzer.FeeEstimate;
import io.patentdesk.analyzer.Fees;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Report;
import java.io.UncheckedIOException;

/**
 * The stable JSON form of a check report: {@code claims}, {@code findings}, {@code fees}, {@code office}, with the
 * field names and order the issue fixes ({@code part}, {@code category}, {@code confidence}, {@code term} come after
 * them). {@code fees.amount} is what the claims cost at the office (excess claims, excess independent claims, multiple
 * dependency; JPO: every claim of the examination request), in {@code currency}, by the fee schedule effective on
 * {@code feeSchedule}, for the {@code entity} size. Where the office charges per description page (CNIPA) and the
 * document has a description: {@code descriptionPages} (estimated from the text), {@code excessDescriptionPages} and
 * {@code descriptionPagesAmount}.
 */
final class CheckJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CheckJson() {}

    static String write(Report report, FeeEstimate estimate) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode claims = root.putArray("claims");
        for (Claim c : report.claims().claims()) {
            ObjectNode n = claims.addObject();
            n.put("number", c.number());
            n.put("kind", c.kind().id());
            ArrayNode deps = n.putArray("dependsOn");
            c.references().forEach(deps::add);
            n.put("start", c.start());
            n.put("end", c.end());
            n.put("category", c.category().id());
            if (c.status() != ClaimStatus.NONE) {
                n.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode n = findings.addObject();
            n.put("rule", f.rule());
            n.put("severity", f.severity().id());
            if (f.claim() == null) {
                n.putNull("claim");
            } else {
                n.put("claim", f.claim());
            }
            n.put("start", f.start());
            n.put("end", f.end());
            n.put("message", f.message());
            n.put("citation", f.citation());
            n.put("part", f.part().id());
            n.put("confidence", f.confidence().id());
            if (f.term() != null) {
                n.put("term", f.term());
            }
        }
        Fees fees = report.fees();
        ObjectNode fe = root.putObject("fees");
        fe.put("totalClaims", fees.totalClaims());
        fe.put("independentClaims", fees.independentClaims());
        fe.put("multipleDependentClaims", fees.multipleDependentClaims());
        fe.put("feeCountedClaims", fees.feeCountedClaims());
        fe.put("excessTotal", fees.excessTotal());
        fe.put("excessIndependent", fees.excessIndependent());
        if (fees.office().pack().higherFeeFrom() > 0) {
            fe.put("excessTotalHigher", fees.excessTotalHigher());
        }
        fe.put("amount", estimate.claimsAmount());
        if (fees.descriptionPages() > 0) {
            fe.put("descriptionPages", fees.descriptionPages());
            fe.put("excessDescriptionPages", fees.excessPages());
            fe.put("descriptionPagesAmount", estimate.pagesAmount());
        }
        fe.put("currency", estimate.currency());
        fe.put("feeSchedule", estimate.effective().toString());
        fe.put("entity", estimate.entity());
        root.put("office", fees.office().id());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
