package io.patentdesk.app.models;

/**
 * Whether the local model is usable, for the status bar and the assistant.
 *
 * @param status  where loading stands
 * @param name    the model's display name ("" when none)
 * @param device  where it runs, e.g. "CPU, 2 threads" or "CUDA GPU" ("" when not loaded)
 * @param problem why there is no model, in one sentence ("" when there is one)
 */
public record ModelState(Status status, String name, String device, String problem) {
    public enum Status { NONE, LOADING, READY, FAILED }

    public static ModelState none(String why) {
        return new ModelState(Status.NONE, "", "", why);
    }

    public boolean ready() {
        return status == Status.READY;
    }
}
