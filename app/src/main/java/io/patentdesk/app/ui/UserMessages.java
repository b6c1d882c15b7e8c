package io.patentdesk.app.ui;

import io.patentdesk.app.store.StoreException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns any failure into one sentence a user can act on; the details go to the log, never to the screen. */
public final class UserMessages {
    private UserMessages() {
    }

    public static String of(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof StoreException s) {
            return s.userMessage();
        }
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return "The file " + e.getMessage() + " does not exist.";
        }
        if (e instanceof AccessDeniedException) {
            return "PatentDesk may not access " + e.getMessage() + ".";
        }
        if (e instanceof IOException) {
            return firstLine(e.getMessage(), "The file could not be read or written.");
        }
        if (e instanceof OutOfMemoryError) {
            return "PatentDesk ran out of memory; close other matters or start it with more memory.";
        }
        return firstLine(e.getMessage(), "Something went wrong (" + e.getClass().getSimpleName() + ").");
    }

    /** Writes the full failure to stderr for a bug report, without showing it. */
    public static void log(String what, Throwable error) {
        System.err.println("patentdesk: " + what + ": " + of(error) + " [" + unwrap(error).getClass().getName() + "]");
    }

    private static Throwable unwrap(Throwable e) {
        while ((e instanceof ExecutionException || e instanceof CompletionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String firstLine(String message, String fallback) {
        if (message == null || message.isBlank()) {
            return fallback;
        }
        return message.lines().findFirst().orElse(fallback).strip();
    }
}
