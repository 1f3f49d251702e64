package org.nutgraf.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.nutgraf.app.AnalysisPool;
import org.nutgraf.app.AnswerCache;
import org.nutgraf.app.ArticleInput;
import org.nutgraf.app.SummaryOptions;
import org.nutgraf.app.ArticleReading;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * How every single-article answer is made: accepted by the reading step's checks at once (on the caller's thread),
 * then 304 when the caller's ETag is the answer's, or served from the answer cache, or computed on the NLP pool;
 * the answer carries its ETag. Thread-safe.
 */
@ApplicationScoped
public class CachedAnswers {

    private final ArticleReading reading;
    private final AnalysisPool pool;
    private final AnswerCache cache;

    public CachedAnswers(ArticleReading reading, AnalysisPool pool, AnswerCache cache) {
        this.reading = reading;
        this.pool = pool;
        this.cache = cache;
    }

    /**
     * @param kind        what is answered ("summary", "claims"), part of the cache key
     * @param work        computes the answer; runs on the NLP pool
     */
    public <T> CompletionStage<Response> answer(String kind, ArticleInput input, SummaryOptions options,
                                                String ifNoneMatch, Function<ArticleReading.Accepted, T> work) {
        ArticleReading.Accepted accepted = reading.accept(input, options);
        String key = cache.key(kind, input.identity(), input.title(), options);
        String etag = "\"" + key + "\"";
        if (AnswerCache.matches(ifNoneMatch, etag)) {
            return CompletableFuture.completedFuture(Response.notModified().header(HttpHeaders.ETAG, etag).build());
        }
        return cache.get(key, () -> pool.submit(() -> work.apply(accepted)))
                .thenApply(answer -> Response.ok(answer).header(HttpHeaders.ETAG, etag).build());
    }
}
