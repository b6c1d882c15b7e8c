package io.patentdesk.app.ui.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A small typed event bus for decoupled parts of the window (status bar, panels). Subscribers of a type also get
 * events of its subtypes. Delivery is synchronous on the publishing thread; publish UI events on the UI thread.
 */
public final class EventBus {
    private final Map<Class<?>, List<Consumer<Object>>> subscribers = new ConcurrentHashMap<>();

    /** Subscribes to events of {@code type}; the returned handle unsubscribes. */
    public <E> Runnable subscribe(Class<E> type, Consumer<? super E> subscriber) {
        Consumer<Object> wrapper = e -> subscriber.accept(type.cast(e));
        List<Consumer<Object>> list = subscribers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>());
        list.add(wrapper);
        return () -> list.remove(wrapper);
    }

    public void publish(Object event) {
        subscribers.forEach((type, list) -> {
            if (type.isInstance(event)) {
                list.forEach(s -> s.accept(event));
            }
        });
    }
}
