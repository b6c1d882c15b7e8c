package io.patentdesk.analyzer;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The text of a patent application, by part. Each part has an origin: where its text begins in the caller's source.
 * Built from parts (the editor) every origin is 0, so offsets point into each part's own text; read from one file by
 * {@link DocumentReader}, the origins are the parts' positions in that file, so offsets point into the file.
 */
public final class Document {

    private final Map<Part, String> texts = new EnumMap<>(Part.class);
    private final Map<Part, Integer> origins = new EnumMap<>(Part.class);
    private final Format format;

    /** Where a document came from, as detected by {@link DocumentReader}. */
    public enum Format {
        PARTS, CLAIMS_TEXT, SECTIONED_TEXT, USPTO_XML, USPTO_GREENBOOK;

        /** Whether offsets point into the file's own text (plain text) rather than into text taken from markup. */
        public boolean offsetsIntoFile() {
            return this == CLAIMS_TEXT || this == SECTIONED_TEXT;
        }
    }

    private Document(Format format) {
        this.format = format;
        for (Part p : Part.values()) {
            texts.put(p, "");
            origins.put(p, 0);
        }
    }

    /** A document that is only a claims text (offsets point into {@code claims}). */
    public static Document ofClaims(String claims) {
        return builder().claims(claims).build();
    }

    /** A document from its parts; null parts are empty. Offsets of each part point into that part's text. */
    public static Document of(String title, String abstractText, String description, String claims) {
        return builder().title(title).abstractText(abstractText).description(description).claims(claims).build();
    }

    public static Builder builder() {
        return new Builder(Format.PARTS);
    }

    static Builder builder(Format format) {
        return new Builder(format);
    }

    public String title() {
        return texts.get(Part.TITLE);
    }

    public String abstractText() {
        return texts.get(Part.ABSTRACT);
    }

    public String description() {
        return texts.get(Part.DESCRIPTION);
    }

    public String claims() {
        return texts.get(Part.CLAIMS);
    }

    public String text(Part part) {
        return texts.get(part);
    }

    /** Where this part's text begins in the caller's source. */
    public int origin(Part part) {
        return origins.get(part);
    }

    public Format format() {
        return format;
    }

    public boolean hasDescription() {
        return !description().isBlank();
    }

    /** A copy with another claims text (same origin handling: offsets into {@code claims}). */
    public Document withClaims(String claims) {
        Builder b = toBuilder();
        b.claims(claims);
        return b.build();
    }

    /** A copy with another description (offsets into {@code description}). */
    public Document withDescription(String description) {
        Builder b = toBuilder();
        b.description(description);
        return b.build();
    }

    /** A copy with one part replaced; {@code origin} is where {@code text} begins in the caller's source. */
    public Document with(Part part, String text, int origin) {
        Builder b = toBuilder();
        b.part(part, text, origin);
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder(format);
        for (Part p : Part.values()) {
            b.part(p, texts.get(p), origins.get(p));
        }
        return b;
    }

    /** Builds a {@link Document}. */
    public static final class Builder {
        private final Document doc;

        private Builder(Format format) {
            doc = new Document(format);
        }

        public Builder title(String t) {
            return part(Part.TITLE, t, 0);
        }

        public Builder abstractText(String t) {
            return part(Part.ABSTRACT, t, 0);
        }

        public Builder description(String t) {
            return part(Part.DESCRIPTION, t, 0);
        }

        public Builder claims(String t) {
            return part(Part.CLAIMS, t, 0);
        }

        /** Sets a part whose text begins at {@code origin} in the caller's source. */
        public Builder part(Part part, String text, int origin) {
            Objects.requireNonNull(part, "part");
            if (origin < 0) {
                throw new IllegalArgumentException("negative origin");
            }
            doc.texts.put(part, text == null ? "" : text);
            doc.origins.put(part, origin);
            return this;
        }

        public Document build() {
            Document d = new Document(doc.format);
            d.texts.putAll(doc.texts);
            d.origins.putAll(doc.origins);
            return d;
        }
    }
}
