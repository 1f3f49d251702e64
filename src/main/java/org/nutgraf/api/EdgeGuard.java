package org.nutgraf.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.nutgraf.app.AnalysisPool;
import org.nutgraf.app.Problem;
import org.nutgraf.config.NutgrafConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks every /api request before a byte of its body is read: the API key (401), the caller's rate (429 with
 * Retry-After), the declared body size (413), an unlabelled body (415) and a full NLP pool (503 with Retry-After).
 * All answers are problem+json. Thread-safe.
 */
@ApplicationScoped
public class EdgeGuard {

    private static final Logger LOG = Logger.getLogger(EdgeGuard.class);
    private static final String API = "/api/";
    /** Callers whose windows are remembered at once; past it Caffeine evicts the least likely to come back. */
    static final int MAX_TRACKED_CALLERS = 10_000;

    private final List<byte[]> keys;
    private final int perMinute;
    private final long maxBodyBytes;
    private final CallerWindows windows;
    private final AnalysisPool pool;
    private final long refusalDelayMillis;
    /** Set as soon as the JVM is told to stop: in-flight requests finish, new ones are refused. */
    private volatile boolean closing;

    private final long maxBatchBodyBytes;
    private final long maxHtmlBodyBytes;

    public EdgeGuard(NutgrafConfig config, AnalysisPool pool) {
        this.pool = pool;
        this.maxBatchBodyBytes = config.limits().maxBatchBody().asLongValue();
        this.maxHtmlBodyBytes = config.limits().maxHtmlBody().asLongValue();
        this.refusalDelayMillis = config.workers().refusalDelay().toMillis();
        // Quarkus waits for in-flight requests on SIGTERM (quarkus.shutdown.timeout) but was measured still
        // serving new ones meanwhile (src/bench/shutdown.sh); refuse them from the first moment instead
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closing = true, "nutgraf-closing"));
        this.keys = config.access().apiKeys().orElse(List.of()).stream()
                .filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        this.perMinute = config.access().requestsPerMinute();
        this.windows = new CallerWindows(perMinute, MAX_TRACKED_CALLERS, Ticker.systemTicker());
        this.maxBodyBytes = config.limits().maxBody().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path == null || !path.startsWith(API)) {
            ctx.next();
            return;
        }
        if (closing) {
            refuse(ctx, 503, "shutting-down", "Shutting down",
                    "This instance is stopping; retry on another or in a moment", 1);
            return;
        }
        String key = ctx.request().getHeader("X-API-Key");
        if (!keys.isEmpty() && (key == null || !known(key))) {
            refuse(ctx, 401, "unauthorized", "Unauthorized",
                    "Send a valid API key in the X-API-Key header", null);
            return;
        }
        if (perMinute > 0) {
            String caller = key != null && !keys.isEmpty() ? "key:" + key : "ip:" + ctx.request().remoteAddress().host();
            long wait = windows.admit(caller);
            if (wait > 0) {
                refuse(ctx, 429, "rate-limited", "Too many requests",
                        "This caller is limited to " + perMinute + " requests a minute", (int) wait);
                return;
            }
        }
        if (!acceptsJson(ctx.request().getHeader(HttpHeaders.ACCEPT))) {
            refuse(ctx, 406, "not-acceptable", "Not Acceptable",
                    "Answers are application/json (errors application/problem+json); ask for one of those in Accept", null);
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = (length != null && !"0".equals(length.trim())) || ctx.request().getHeader("Transfer-Encoding") != null;
        if (hasBody && ctx.request().getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            // never guess what an unlabelled body is
            refuse(ctx, 415, "unsupported-media-type", "Unsupported Media Type",
                    "Label the body with Content-Type: application/json, text/plain or text/html", null);
            return;
        }
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                refuse(ctx, 400, "invalid-request", "Invalid request", "The Content-Length header is not a number", null);
                return;
            }
            String type = String.valueOf(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE)).toLowerCase(java.util.Locale.ROOT);
            long limit = path.endsWith("/batch") ? maxBatchBodyBytes
                    : type.startsWith("text/html") || type.startsWith("application/json") ? maxHtmlBodyBytes
                    : maxBodyBytes;
            if (declared > limit) {
                refuse(ctx, 413, "body-too-large", "Body too large",
                        "The body has " + declared + " bytes; the limit is " + limit, null);
                return;
            }
        }
        if ("POST".equals(ctx.request().method().name()) && pool.saturated() && !path.endsWith("/batch")) {
            // refuse before reading the body: a refusal must cost next to nothing, or refusals eat the cores
            pool.countRefusal();
            Runnable busy = () -> refuse(ctx, 503, "busy", "Service busy", "Every worker is busy and the queue is full; "
                    + "retry after " + pool.retryAfterSeconds() + " s", pool.retryAfterSeconds());
            if (refusalDelayMillis > 0) {
                ctx.vertx().setTimer(refusalDelayMillis, t -> busy.run());
            } else {
                busy.run();
            }
            return;
        }
        ctx.next();
    }

    /** True when the Accept header is absent or admits JSON (or problem JSON, or NDJSON). */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim().replace(" ", "");
                refused |= p.equals("q=0") || p.startsWith("q=0.0") && p.replaceAll("[q=0.]", "").isEmpty();
            }
            if (!refused && (type.equals("*/*") || type.equals("application/*") || type.equals("application/json")
                    || type.equals(Problem.MEDIA_TYPE) || type.equals("application/x-ndjson"))) {
                return true;
            }
        }
        return false;
    }

    private boolean known(String key) {
        byte[] given = key.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] k : keys) {
            // constant-time comparison, so timing does not reveal how much of a key was right
            match |= MessageDigest.isEqual(k, given);
        }
        return match;
    }

    private static void refuse(RoutingContext ctx, int status, String slug, String title, String detail, Integer retryAfter) {
        LOG.debugf("refused %s %s with %d", ctx.request().method(), ctx.request().path(), status);
        var response = ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .putHeader("X-Content-Type-Options", "nosniff");
        if (retryAfter != null) {
            response.putHeader("Retry-After", String.valueOf(retryAfter));
        }
        if (status == 413 || status == 401 || status == 415 || status == 503) {
            // the body will not be read: close the connection rather than drain it
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(Json.encode(Problem.of(slug, title, status, detail)));
    }

    /**
     * Fixed one-minute windows of admitted requests, one per caller, in a bounded Caffeine cache: a window is
     * created by its caller's first request and expires a minute after (expireAfterWrite: the count is an
     * AtomicInteger, so counting never rewrites the entry and never extends the window). At most
     * {@code maxCallers} windows are kept, so a flood of distinct addresses cannot grow memory without bound; an
     * evicted caller merely starts a fresh window. Thread-safe.
     */
    static final class CallerWindows {

        static final Duration WINDOW = Duration.ofMinutes(1);

        private final int limit;
        private final Ticker ticker;
        private final Cache<String, Window> windows;

        /** @param ticker the clock windows are timed by: the system's, or one a test advances */
        CallerWindows(int limit, int maxCallers, Ticker ticker) {
            this.limit = limit;
            this.ticker = ticker;
            this.windows = Caffeine.newBuilder().maximumSize(maxCallers).expireAfterWrite(WINDOW).ticker(ticker).build();
        }

        /** 0 when the caller's request is admitted, else the whole seconds (at least 1) until its window ends. */
        long admit(String caller) {
            Window w = windows.get(caller, c -> new Window(ticker.read()));
            // never counts past the limit, so a refused caller cannot overflow the count however long it insists
            if (w.count.getAndUpdate(n -> n < limit ? n + 1 : n) < limit) {
                return 0;
            }
            long left = w.start + WINDOW.toNanos() - ticker.read();
            return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
        }

        /** How many callers' windows are held, after Caffeine's pending evictions. */
        long tracked() {
            windows.cleanUp();
            return windows.estimatedSize();
        }

        /** One caller's window: when it began (ticker nanos) and how many requests it admitted. */
        private record Window(long start, AtomicInteger count) {
            Window(long start) {
                this(start, new AtomicInteger());
            }
        }
    }
}
