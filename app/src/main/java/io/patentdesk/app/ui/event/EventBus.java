package io.patentdesk.app.ui.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A small typed event bus for decoupled parts of the window (status bar, dialogs). Subscribers of a type also get
 * events of its subtypes, in the order they subscribed. Delivery is synchronous on the publishing thread.
 */
public final class EventBus {
    private record Subscription(Class<?> type, Consumer<Object> subscriber) {
    }

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /** Subscribes to events of {@code type}; the returned handle unsubscribes. */
    public <E> Runnable subscribe(Class<E> type, Consumer<? super E> subscriber) {
        Subscription s = new Subscription(type, e -> subscriber.accept(type.cast(e)));
        subscriptions.add(s);
        return () -> subscriptions.remove(s);
    }

    public void publish(Object event) {
        for (Subscription s : subscriptions) {
            if (s.type().isInstance(event)) {
                s.subscriber().accept(event);
            }
        }
    }
}
