package io.patentdesk.app.store;

import io.patentdesk.app.io.AtomicFile;
import io.patentdesk.app.io.ExportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The words the user added to the spell checker ("Add to Dictionary"), one a line in {@code user-dictionary.txt}
 * beside the workspace, private (0600) like it. Read on first use and written whole on each addition, never on the
 * UI thread. A damaged or unreadable file counts as empty; the next addition writes a sound one.
 */
public final class UserDictionary {
    public static final String FILE_NAME = "user-dictionary.txt";
    /** Longer "words" are pasted sentences or identifiers: never worth remembering. */
    static final int MAX_WORD = 64;

    private final Path file;
    private final TreeSet<String> words = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private boolean loaded;

    private UserDictionary(Path file) {
        this.file = file;
    }

    /** The dictionary kept in {@code dataDir}. */
    public static UserDictionary in(Path dataDir) {
        return new UserDictionary(dataDir.resolve(FILE_NAME));
    }

    /** A dictionary that is never written (tests, the benchmark). */
    public static UserDictionary inMemory() {
        UserDictionary d = new UserDictionary(null);
        d.loaded = true;
        return d;
    }

    public synchronized List<String> words() {
        load();
        return List.copyOf(words);
    }

    /**
     * Adds {@code word} and saves the list; returns false if it was there already.
     *
     * @throws IllegalArgumentException if {@code word} is blank, has spaces or is too long (a one-line reason)
     * @throws StoreException if the file cannot be written
     */
    public synchronized boolean add(String word) {
        String w = word == null ? "" : word.strip();
        if (w.isEmpty() || w.length() > MAX_WORD || w.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Only a single word of up to " + MAX_WORD + " letters can be added to the dictionary.");
        }
        load();
        if (!words.add(w)) {
            return false;
        }
        save();
        return true;
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#") && w.length() <= MAX_WORD) {
                    words.add(w);
                }
            }
        } catch (IOException | RuntimeException damaged) {
            words.clear();
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("# PatentDesk user dictionary: one word a line.");
        lines.addAll(words);
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            PrivateFiles.folder(file.getParent());
            PrivateFiles.createFile(file);
            AtomicFile.write(file, out -> out.write(bytes));
            PrivateFiles.file(file);
        } catch (IOException | ExportException e) {
            throw new StoreException("The user dictionary could not be saved in " + file.getParent() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
