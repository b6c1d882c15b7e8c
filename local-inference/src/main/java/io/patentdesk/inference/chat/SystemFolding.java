package io.patentdesk.inference.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Folds a leading system message into the first user message, for templates that refuse a system role. */
final class SystemFolding {

    private SystemFolding() {
    }

    /** The messages with the system text before the first user message's text; empty when there is nothing to fold. */
    static Optional<List<ChatMessage>> fold(List<ChatMessage> messages) {
        if (messages.isEmpty() || !messages.getFirst().role().equals(ChatMessage.SYSTEM)) {
            return Optional.empty();
        }
        String system = messages.getFirst().content();
        List<ChatMessage> rest = new ArrayList<>(messages.subList(1, messages.size()));
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).role().equals(ChatMessage.USER)) {
                String user = rest.get(i).content();
                rest.set(i, ChatMessage.user(system.isEmpty() ? user : user.isEmpty() ? system : system + "\n\n" + user));
                return Optional.of(rest);
            }
        }
        rest.addFirst(ChatMessage.user(system)); // no user message: the system text becomes one
        return Optional.of(rest);
    }
}
