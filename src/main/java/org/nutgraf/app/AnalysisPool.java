package org.nutgraf.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.nutgraf.config.NutgrafConfig;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs NLP work on a fixed pool sized to the cores, with a short bounded queue: a request that finds both full is
 * refused at once (503, Retry-After), and one that outlives its time budget is answered 503 and its work
 * interrupted. The event loop never runs NLP, and a slow uploader never holds a thread (bodies are read before
 * work is queued). Thread-safe.
 */
@ApplicationScoped
public class AnalysisPool {

    private static final Logger LOG = Logger.getLogger(AnalysisPool.class);

    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService timer;
    private final long timeoutMillis;
    private final int retryAfter;

    private final Counter busyRefusals;
    private final Counter timeouts;

    public AnalysisPool(NutgrafConfig config, MeterRegistry registry) {
        int threads = config.workers().threads() > 0 ? config.workers().threads()
                : Runtime.getRuntime().availableProcessors();
        AtomicInteger n = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.workers().queue())),
                r -> {
                    Thread t = new Thread(r, "nutgraf-nlp-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nutgraf-nlp-timer");
            t.setDaemon(true);
            return t;
        });
        timeoutMillis = config.workers().timeout().toMillis();
        retryAfter = config.workers().retryAfterSeconds();
        Gauge.builder("nutgraf.pool.queued", executor, e -> e.getQueue().size())
                .description("Requests waiting for an NLP worker").register(registry);
        Gauge.builder("nutgraf.pool.active", executor, ThreadPoolExecutor::getActiveCount)
                .description("NLP workers at work").register(registry);
        busyRefusals = Counter.builder("nutgraf.pool.rejections").tag("reason", "busy")
                .description("Requests refused with 503").register(registry);
        timeouts = Counter.builder("nutgraf.pool.rejections").tag("reason", "timeout")
                .description("Requests refused with 503").register(registry);
    }

    /** Counts a refusal made before the pool was asked (see EdgeGuard). */
    public void countRefusal() {
        busyRefusals.increment();
    }

    /** Runs the work on the pool; the stage fails with a 503 {@link ProblemException} when full or too slow. */
    public <T> CompletionStage<T> submit(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Future<?> running;
        try {
            running = executor.submit(() -> {
                try {
                    result.complete(work.get());
                } catch (Throwable t) {
                    if (!result.completeExceptionally(t)) {
                        LOG.debugf("work ended after its request was answered: %s", t.toString());
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("NLP pool full; refusing a request with 503");
            busyRefusals.increment();
            result.completeExceptionally(new ProblemException(503, "busy", "Service busy",
                    "Every worker is busy and the queue is full; retry after " + retryAfter + " s", retryAfter));
            return result;
        }
        ScheduledFuture<?> deadline = timer.schedule(() -> {
            ProblemException timeout = new ProblemException(503, "timeout", "Time budget exceeded",
                    "The article took longer than " + timeoutMillis + " ms to analyse; your document may be too long",
                    retryAfter);
            if (result.completeExceptionally(timeout)) {
                LOG.debugf("request exceeded its %d ms budget; cancelling its work", timeoutMillis);
                timeouts.increment();
                running.cancel(true);
            }
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        result.whenComplete((r, e) -> deadline.cancel(false));
        return result;
    }

    /** The number of threads. */
    public int threads() {
        return executor.getMaximumPoolSize();
    }

    /** True when every thread is busy and the queue is full: new work would be refused. */
    public boolean saturated() {
        return executor.getActiveCount() >= executor.getMaximumPoolSize() && executor.getQueue().remainingCapacity() == 0;
    }

    /** Seconds a refused caller is told to wait. */
    public int retryAfterSeconds() {
        return retryAfter;
    }

    /** Requests waiting for a thread. */
    public int queued() {
        return executor.getQueue().size();
    }

    /** Threads at work. */
    public int active() {
        return executor.getActiveCount();
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdown();
        timer.shutdownNow();
    }
}
