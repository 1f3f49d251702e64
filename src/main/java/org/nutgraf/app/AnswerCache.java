package org.nutgraf.app;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Answers already computed, keyed by a hash of everything that determines them (service version, the model files
 * read at start, kind of answer, options, title, text): a model retrained under the same version is another answer. The same key always means the same answer, so the key is also the answer's ETag: a
 * caller's If-None-Match is answered 304 without looking anything up. Bounded (Caffeine, see
 * {@code quarkus.cache.caffeine."answers".*}); failures are never cached. Thread-safe.
 */
@ApplicationScoped
public class AnswerCache {

    private final Cache cache;
    private final String version;
    private final Models models;

    public AnswerCache(@CacheName("answers") Cache cache,
                       @ConfigProperty(name = "quarkus.application.version") String version, Models models) {
        this.cache = cache;
        this.version = version;
        this.models = models;
    }

    /** The key (and ETag value) of an answer. */
    public String key(String kind, String text, String title, Object options) {
        return key(version, models.fingerprint(), kind, text, title, options);
    }

    /**
     * The key of an answer of a service version with these model files ({@link Models#fingerprint()}): equal parts
     * give equal keys, and a change in any part another key.
     */
    static String key(String version, String models, String kind, String text, String title, Object options) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[]{version, models, kind, String.valueOf(options), title == null ? "" : title,
                    text}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** The cached answer, or the computed one (then cached when it succeeds). */
    public <T> CompletionStage<T> get(String key, Supplier<CompletionStage<T>> compute) {
        return cache.<String, T>getAsync(key, k -> Uni.createFrom().completionStage(compute))
                .subscribeAsCompletionStage();
    }

    /** True when an If-None-Match header names this ETag (or is *). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
