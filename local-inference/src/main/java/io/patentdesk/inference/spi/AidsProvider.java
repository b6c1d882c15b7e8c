package io.patentdesk.inference.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.patentdesk.inference.ModelException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A plug-in of decoding aids, found through {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/io.patentdesk.inference.spi.AidsProvider} entry). The engine works without any; it asks
 * them only about a model folder that has a {@code patentdesk.json}, so a folder exported by other tools always runs
 * the plain path.
 */
public interface AidsProvider {

    /**
     * The aids a folder's {@code patentdesk.json} switches on.
     *
     * @return empty when the file asks for none of this provider's aids
     * @throws ModelException when the file names an aid's resource that is missing or unreadable (one line, naming it)
     */
    Optional<FolderAids> open(Path dir, JsonNode patentdesk) throws ModelException;
}
