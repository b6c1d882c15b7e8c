package io.patentdesk.app.matter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One patent application being drafted: an immutable value. Edits produce new values via the {@code with...}
 * methods, which also move {@link #modified()} forward; the store persists whole values.
 *
 * @param id           identity, stable for the life of the matter
 * @param title        the name shown in the matter list (a docket name or the working title)
 * @param docket       the firm's docket (attorney reference) number, "" when none
 * @param claims       the claims text, numbered as the user typed them ("1. A device ...")
 * @param specification the specification sections (including the Abstract)
 * @param suppressions findings the user hid
 * @param created      when the matter was created
 * @param modified     when its content last changed
 * @param office       the office whose rules and fees apply ({@link OfficeChoice#AUTOMATIC}: guessed from the text)
 * @param entity       the applicant's USPTO entity size, for fees
 */
public record Matter(MatterId id, String title, String docket, String claims, Specification specification,
        List<SuppressedFinding> suppressions, Instant created, Instant modified, OfficeChoice office,
        EntitySize entity) {

    public Matter {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        docket = docket == null ? "" : docket.strip();
        claims = claims == null ? "" : claims;
        specification = specification == null ? Specification.empty() : specification;
        suppressions = List.copyOf(suppressions == null ? List.of() : suppressions);
        // Millisecond precision: what the store keeps, so a value equals itself after a round trip.
        created = created.truncatedTo(ChronoUnit.MILLIS);
        modified = modified.truncatedTo(ChronoUnit.MILLIS);
        office = office == null ? OfficeChoice.AUTOMATIC : office;
        entity = entity == null ? EntitySize.LARGE : entity;
    }

    /** A matter checked against the office its text suggests, with large-entity fees (the defaults). */
    public Matter(MatterId id, String title, String docket, String claims, Specification specification,
            List<SuppressedFinding> suppressions, Instant created, Instant modified) {
        this(id, title, docket, claims, specification, suppressions, created, modified, OfficeChoice.AUTOMATIC,
                EntitySize.LARGE);
    }

    /** A matter without a docket number. */
    public Matter(MatterId id, String title, String claims, Specification specification,
            List<SuppressedFinding> suppressions, Instant created, Instant modified) {
        this(id, title, "", claims, specification, suppressions, created, modified);
    }

    /** A new, empty matter created now. */
    public static Matter create(String title) {
        Instant now = Instant.now();
        return new Matter(MatterId.random(), title, "", Specification.empty(), List.of(), now, now);
    }

    public String section(Section section) {
        return specification.text(section);
    }

    public Matter withTitle(String newTitle) {
        return new Matter(id, newTitle, docket, claims, specification, suppressions, created, Instant.now(),
                office, entity);
    }

    public Matter withDocket(String newDocket) {
        return new Matter(id, title, newDocket, claims, specification, suppressions, created, Instant.now(),
                office, entity);
    }

    public Matter withClaims(String newClaims) {
        return new Matter(id, title, docket, newClaims, specification, suppressions, created, Instant.now(),
                office, entity);
    }

    public Matter withSection(Section section, String text) {
        return new Matter(id, title, docket, claims, specification.with(section, text), suppressions, created,
                Instant.now(), office, entity);
    }

    public Matter withSpecification(Specification newSpecification) {
        return new Matter(id, title, docket, claims, newSpecification, suppressions, created, Instant.now(),
                office, entity);
    }

    /** A copy checked against {@code newOffice} with the fees of {@code newEntity}. */
    public Matter withOffice(OfficeChoice newOffice, EntitySize newEntity) {
        return new Matter(id, title, docket, claims, specification, suppressions, created, Instant.now(), newOffice,
                newEntity);
    }

    public Matter withSuppressions(List<SuppressedFinding> newSuppressions) {
        return new Matter(id, title, docket, claims, specification, newSuppressions, created, Instant.now(),
                office, entity);
    }

    /** A copy that also hides {@code suppression}; unchanged if it is already hidden. */
    public Matter withSuppression(SuppressedFinding suppression) {
        if (suppressions.contains(suppression)) {
            return this;
        }
        List<SuppressedFinding> more = new ArrayList<>(suppressions);
        more.add(suppression);
        return withSuppressions(more);
    }

    /** A copy that no longer hides {@code suppression}. */
    public Matter withoutSuppression(SuppressedFinding suppression) {
        List<SuppressedFinding> fewer = new ArrayList<>(suppressions);
        fewer.remove(suppression);
        return withSuppressions(fewer);
    }

    /** A copy under a fresh id, e.g. when an imported document becomes a new matter. */
    public Matter withNewId() {
        Instant now = Instant.now();
        return new Matter(MatterId.random(), title, docket, claims, specification, suppressions, now, now, office,
                entity);
    }

    /** Whether the content (not the timestamps) equals {@code other}'s. */
    public boolean sameContent(Matter other) {
        return title.equals(other.title) && docket.equals(other.docket) && claims.equals(other.claims)
                && specification.equals(other.specification) && suppressions.equals(other.suppressions)
                && office == other.office && entity == other.entity;
    }
}
