package io.patentdesk.inference.spi;

/**
 * The decoding-aid settings of one request. Opaque to the engine: it hands them to the aids its model folder switched
 * on, which read their own kind and ignore any other. A folder without aids runs the plain path whatever a request
 * carries here.
 */
public interface AidSettings {

    /** No aids: the request runs the plain path (its sampling, its stop strings, nothing more). */
    AidSettings NONE = new AidSettings() {
        @Override
        public String toString() {
            return "AidSettings.NONE";
        }
    };
}
