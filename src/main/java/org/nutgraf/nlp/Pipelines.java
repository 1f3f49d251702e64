package org.nutgraf.nlp;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.nutgraf.config.NutgrafConfig;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The CoreNLP pipelines, built once and shared by every request: one per {@link Need}, so no request pays for
 * annotators it does not use; and the language detector every request consults. They load in parallel in the
 * background, so the port answers liveness at once and
 * readiness turns UP when they are loaded; a pipeline that cannot be built stops the application with CoreNLP's
 * message. Thread-safe.
 */
@Singleton
@Startup
public class Pipelines {

    /** What a request needs read. */
    public enum Need {
        /** Tags and lemmas: enough for summaries. */
        SUMMARY,
        /** Tags, lemmas and named entities: summaries, key claims and entities from one pass. */
        CLAIMS
    }

    private static final Logger LOG = Logger.getLogger(Pipelines.class);

    private final Map<Need, CompletableFuture<ArticleReader>> readers = new EnumMap<>(Need.class);
    private final CompletableFuture<LanguageIdentifier> languages = new CompletableFuture<>();

    public Pipelines(NutgrafConfig config) {
        Thread detector = new Thread(() -> {
            try {
                long t0 = System.nanoTime();
                languages.complete(LanguageIdentifier.bundled());
                LOG.infof("Language detector loaded in %d ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException | LinkageError e) {
                fail(languages, e);
            }
        }, "nutgraf-load-languages");
        detector.setDaemon(true);
        detector.start();
        readers.put(Need.SUMMARY, load(Need.SUMMARY, new PipelineSettings(config.nlp().annotators(),
                config.nlp().properties())));
        readers.put(Need.CLAIMS, load(Need.CLAIMS, new PipelineSettings(config.nlp().claimsAnnotators(),
                config.nlp().claimsProperties())));
    }

    private static CompletableFuture<ArticleReader> load(Need need, PipelineSettings settings) {
        CompletableFuture<ArticleReader> early = EarlyLoad.take(settings);
        CompletableFuture<ArticleReader> future = new CompletableFuture<>();
        if (early != null) {
            early.whenComplete((reader, e) -> {
                if (e == null) {
                    LOG.infof("CoreNLP %s pipeline %s loaded in %d ms (started with the JVM)",
                            need.name().toLowerCase(java.util.Locale.ROOT), reader.annotators(), reader.loadMillis());
                    future.complete(reader);
                } else {
                    fail(future, e);
                }
            });
            return future;
        }
        Thread loader = new Thread(() -> {
            try {
                ArticleReader reader = ArticleReader.load(settings);
                LOG.infof("CoreNLP %s pipeline %s loaded in %d ms", need.name().toLowerCase(java.util.Locale.ROOT),
                        reader.annotators(), reader.loadMillis());
                future.complete(reader);
            } catch (RuntimeException | LinkageError e) {
                fail(future, e);
            }
        }, "nutgraf-load-" + need.name().toLowerCase(java.util.Locale.ROOT));
        loader.setDaemon(true);
        loader.start();
        return future;
    }

    private static void fail(CompletableFuture<?> future, Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        LOG.errorf("Nutgraf cannot start: %s", cause.getMessage());
        future.completeExceptionally(cause);
        Quarkus.asyncExit(1);
    }

    /** True when every pipeline, and the language detector, is loaded. */
    public boolean ready() {
        return readers.values().stream().allMatch(f -> f.isDone() && !f.isCompletedExceptionally())
                && languages.isDone() && !languages.isCompletedExceptionally();
    }

    /** The pipeline for a need, or {@link NotReadyException} while it is still loading. */
    public ArticleReader reader(Need need) {
        CompletableFuture<ArticleReader> f = readers.get(need);
        if (!f.isDone() || f.isCompletedExceptionally()) {
            throw new NotReadyException();
        }
        return f.join();
    }

    /** The pipelines loaded so far, by need. */
    public Map<Need, ArticleReader> loaded() {
        Map<Need, ArticleReader> loaded = new EnumMap<>(Need.class);
        readers.forEach((need, f) -> {
            if (f.isDone() && !f.isCompletedExceptionally()) {
                loaded.put(need, f.join());
            }
        });
        return loaded;
    }

    /** Waits until every pipeline is loaded (for commands and benchmarks that run without a server). */
    public void awaitReady() {
        readers.values().forEach(CompletableFuture::join);
    }

    /** Thrown when a request arrives before the pipelines are loaded. */
    public static final class NotReadyException extends RuntimeException {
        public NotReadyException() {
            super("The NLP pipelines are still loading", null, false, false);
        }
    }
}
