package org.nutgraf.nlp;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts building the pipelines that {@code application.properties} configures as the JVM starts, before the
 * framework has booted, so the two overlap: on two cores this brings the time to ready close to what a bare main
 * needs to build the same pipelines (lab/bench/perf.sh measures both). It is only a head start: {@link Pipelines}
 * takes a pipeline from here only when its annotators and properties are exactly those configured at runtime, and
 * builds its own otherwise (as when nutgraf.nlp.* is overridden by the environment, which this reader of the bundled
 * file does not see, so it stays out of the way).
 * Thread-safe.
 */
public final class EarlyLoad {

    private static final Map<String, CompletableFuture<ArticleReader>> STARTED = new ConcurrentHashMap<>();

    private EarlyLoad() {
    }

    /** Starts the configured pipelines on background threads, unless nutgraf.nlp.* is overridden outside the file. */
    public static void start() {
        boolean overridden = System.getenv().keySet().stream().anyMatch(k -> k.startsWith("NUTGRAF_NLP"))
                || System.getProperties().stringPropertyNames().stream().anyMatch(k -> k.startsWith("nutgraf.nlp."));
        if (overridden) {
            return;
        }
        for (Pipelines.Need need : Pipelines.Need.values()) {
            PipelineSettings settings = PipelineSettings.bundled(need);
            if (settings == null) {
                continue;
            }
            STARTED.computeIfAbsent(settings.key(), k -> CompletableFuture.supplyAsync(
                    () -> ArticleReader.load(settings),
                    r -> {
                        Thread t = new Thread(r, "nutgraf-early-load");
                        t.setDaemon(true);
                        t.start();
                    }));
        }
    }

    /** The pipeline started early with exactly these settings, or null. */
    static CompletableFuture<ArticleReader> take(PipelineSettings settings) {
        return STARTED.remove(settings.key());
    }
}
