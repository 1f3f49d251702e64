package org.nutgraf.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every setting of Nutgraf, read once at startup from {@code application.properties} or the environment. */
@ConfigMapping(prefix = "nutgraf")
public interface NutgrafConfig {

    /** The CoreNLP pipeline. */
    Nlp nlp();

    /** Input limits. */
    Limits limits();

    /** Summary defaults. */
    Summary summary();

    /** The pool that runs NLP work. */
    Workers workers();

    /** Who may call the API, and how often. */
    Access access();

    /**
     * The languages answered, as BCP 47 primary tags; unset, every language Nutgraf reads. An article in any other
     * language gets 422, never an answer read with another language's models.
     */
    Optional<List<String>> languages();

    /**
     * Where clients reach Nutgraf, when that is not where a request came in: behind a proxy, or under a path
     * prefix ({@code https://newsroom.example/nutgraf}, or {@code /nutgraf} on the same host). When set, the OpenAPI
     * document names it as its one server, so Swagger UI's "Try it out" and generated clients call it there; unset,
     * the document names the relative server {@code /}: the host and port the document itself was read from.
     */
    Optional<URI> publicUrl();

    /**
     * API keys and rate limits. Off by default, for local use: with no key configured, anyone may call.
     */
    interface Access {
        /** Accepted values of the X-API-Key header; when set, every /api request must carry one of them (else 401). */
        Optional<List<String>> apiKeys();

        /** Requests per minute allowed to each key (or each client address without keys); 0 means no limit. */
        @WithDefault("0")
        int requestsPerMinute();
    }

    /**
     * The CoreNLP pipelines that every request shares: a lean one for summaries alone, and one with NER for
     * requests that want key claims too (it serves the summary from the same pass). Unlike every other item these
     * have no {@code @WithDefault}: application.properties is the one place they are written, because the lab's
     * training and evaluation and the start-up head start ({@code EarlyLoad}) read the same file through
     * {@code PipelineSettings.bundled}, so a model is always measured with the pipeline that serves it.
     */
    interface Nlp {
        /** The summary pipeline's annotators, in order, as CoreNLP names them. */
        String annotators();

        /** The claims pipeline's annotators. */
        String claimsAnnotators();

        /**
         * CoreNLP properties of the claims pipeline ({@code nutgraf.nlp.claims-properties."ner.useSUTime"=false});
         * application.properties sets the cheap NER that claims were measured with.
         */
        Map<String, String> claimsProperties();

        /**
         * Further CoreNLP properties, passed as they are ({@code nutgraf.nlp.properties."pos.maxlen"=200}).
         * They override Nutgraf's own defaults.
         */
        Map<String, String> properties();
    }

    /** What a request may send. */
    interface Limits {
        /** The longest article text accepted, in characters; longer ones get 413. CoreNLP's server uses the same default. */
        @WithDefault("100000")
        int maxChars();

        /**
         * The largest plain-text body of one article, in bytes; larger ones get 413 unread. 100,000 characters are at
         * most 400 KB of UTF-8, and JSON escapes can double that.
         */
        @WithDefault("1M")
        MemorySize maxBody();

        /**
         * The largest body holding a page's HTML (text/html, or JSON with an html field), in bytes: pages are often
         * megabytes of markup; the character limit applies to the article extracted from them.
         */
        @WithDefault("5M")
        MemorySize maxHtmlBody();

        /** The largest body of a batch, in bytes. */
        @WithDefault("20M")
        MemorySize maxBatchBody();

        /** The most articles in one batch. */
        @WithDefault("5000")
        int maxBatchItems();
    }

    /**
     * The bounded pool that runs all NLP work, off the event loop. When its threads are busy and its queue is full,
     * a request is refused at once with 503 and Retry-After rather than queued without bound.
     */
    interface Workers {
        /** Threads running NLP work; 0 means one per available core. */
        @WithDefault("0")
        int threads();

        /** Requests that may wait for a thread; beyond them, 503. */
        @WithDefault("4")
        int queue();

        /** Time budget of one request, waiting included; past it, 503 and the work is cancelled. */
        @WithDefault("15s")
        Duration timeout();

        /** Seconds a refused caller is told to wait before retrying (the Retry-After header). */
        @WithDefault("1")
        int retryAfterSeconds();

        /**
         * How long a 503 for a full pool is held before it is sent. No work is queued meanwhile; the pause only
         * keeps a client that retries at once from spending the cores on refusals instead of on the work.
         */
        @WithDefault("200ms")
        Duration refusalDelay();
    }

    /** What a summary is when the caller does not say. */
    interface Summary {
        /** Sentences in a summary when no length option is given. */
        @WithDefault("3")
        int defaultSentences();

        /** Keywords returned. */
        @WithDefault("10")
        int keywords();

        /** Words per minute used for the reading-time statistic. */
        @WithDefault("230")
        int wordsPerMinute();
    }
}
