package io.patentdesk.inference;

/**
 * How an {@link Engine} runs its model.
 *
 * @param provider     execution provider preference
 * @param threads      intra-op threads; 0 means one per physical core
 * @param maxQueued    generations that may wait behind the running one before {@link EngineBusyException}
 */
public record EngineOptions(ProviderChoice provider, int threads, int maxQueued) {

    public EngineOptions {
        if (provider == null) {
            throw new IllegalArgumentException("provider must not be null");
        }
        if (threads < 0 || maxQueued < 0) {
            throw new IllegalArgumentException("threads and maxQueued must not be negative");
        }
    }

    public static EngineOptions defaults() {
        return new EngineOptions(ProviderChoice.AUTO, 0, 4);
    }

    public EngineOptions withProvider(ProviderChoice choice) {
        return new EngineOptions(choice, threads, maxQueued);
    }

    public EngineOptions withThreads(int n) {
        return new EngineOptions(provider, n, maxQueued);
    }

    public EngineOptions withMaxQueued(int n) {
        return new EngineOptions(provider, threads, n);
    }
}
