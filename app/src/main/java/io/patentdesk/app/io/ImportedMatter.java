package io.patentdesk.app.io;

import io.patentdesk.app.matter.Matter;
import java.util.List;

/**
 * The result of importing a draft: a new matter (not yet stored) and what the importer recognised.
 *
 * @param matter the content, under a fresh id
 * @param kind   whether the file was a whole application or only claims
 * @param notes  things the user should know (e.g. "No claims heading found"); empty when all was recognised
 */
public record ImportedMatter(Matter matter, Kind kind, List<String> notes) {
    public ImportedMatter {
        notes = List.copyOf(notes);
    }

    public enum Kind { WHOLE_APPLICATION, CLAIMS_ONLY, DESCRIPTION_ONLY }
}
