package io.patentdesk.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.app.matter.EntitySize;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import io.patentdesk.app.matter.OfficeChoice;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.matter.Specification;
import io.patentdesk.app.matter.SuppressedFinding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A matter as one JSON document: the form of a version snapshot (self-contained, schema-independent). */
final class MatterJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MatterJson() {
    }

    static String write(Matter m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", 1);
        root.put("id", m.id().value());
        root.put("title", m.title());
        if (!m.docket().isEmpty()) {
            root.put("docket", m.docket());
        }
        // Written only when not the default, so the JSON form (and the checksum) of a matter from before schema 4
        // stays what it was.
        if (m.office() != OfficeChoice.AUTOMATIC) {
            root.put("office", m.office().key());
        }
        if (m.entity() != EntitySize.LARGE) {
            root.put("entity", m.entity().key());
        }
        root.put("claims", m.claims());
        ObjectNode sections = root.putObject("sections");
        m.specification().asMap().forEach((s, text) -> sections.put(s.key(), text));
        ArrayNode sup = root.putArray("suppressions");
        for (SuppressedFinding s : m.suppressions()) {
            sup.addObject().put("rule", s.ruleId()).put("anchor", s.anchor()).put("note", s.note());
        }
        root.put("created", m.created().toEpochMilli());
        root.put("modified", m.modified().toEpochMilli());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a matter always serialises", e);
        }
    }

    /**
     * The checksum stored beside a matter's row (hex SHA-256 of its JSON form): a matter read back whose checksum
     * differs lost or changed a part (a section, a suppression) on the way.
     */
    static String checksum(Matter m) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(write(m).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The snapshot {@code json} as the matter {@code id}'s (a copy of a matter that becomes a matter of its own). */
    static String withId(String json, MatterId id) {
        Matter m = read(json);
        return write(new Matter(id, m.title(), m.docket(), m.claims(), m.specification(), m.suppressions(),
                m.created(), m.modified(), m.office(), m.entity()));
    }

    static Matter read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("A stored version is unreadable: " + e.getOriginalMessage(), e);
        }
        try {
            return fromTree(root);
        } catch (RuntimeException damaged) { // e.g. an id that is no longer a UUID
            throw new StoreException("A stored version is unreadable: " + damaged.getMessage(), damaged);
        }
    }

    private static Matter fromTree(JsonNode root) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        root.path("sections").properties().forEach(
                e -> Section.ofKey(e.getKey()).ifPresent(s -> sections.put(s, e.getValue().asText())));
        List<SuppressedFinding> sup = new ArrayList<>();
        for (JsonNode n : root.path("suppressions")) {
            sup.add(new SuppressedFinding(n.path("rule").asText(), n.path("anchor").asText(), n.path("note").asText()));
        }
        return new Matter(new MatterId(root.path("id").asText()), root.path("title").asText(),
                root.path("docket").asText(""), root.path("claims").asText(), Specification.of(sections), sup,
                Instant.ofEpochMilli(root.path("created").asLong()),
                Instant.ofEpochMilli(root.path("modified").asLong()),
                OfficeChoice.ofStored(root.path("office").asText("")),
                EntitySize.ofStored(root.path("entity").asText("")));
    }
}
