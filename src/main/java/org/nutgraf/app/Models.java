package org.nutgraf.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.nutgraf.claims.KeyClaimFinder;
import org.nutgraf.extract.PastedTextCleaner;
import org.nutgraf.model.Provenance;
import org.nutgraf.nlp.LanguageIdentifier;
import org.nutgraf.nlp.Pipelines;
import org.nutgraf.nlp.Track;
import org.nutgraf.summary.Summarizer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Every model Nutgraf ships, read once at start beside the CoreNLP pipelines: the summary scorers, the key-claim
 * finder with its vectors and cue lists, the pasted-text line model and the language detector. They load on a
 * background thread, so the port answers liveness at once; readiness waits for them ({@code ModelReadiness}); a
 * file that is missing or does not parse stops the application with a message naming it. Thread-safe.
 */
@Singleton
@Startup
public class Models {

    private static final Logger LOG = Logger.getLogger(Models.class);

    /**
     * The loaded models.
     *
     * @param summarizer       summaries of articles read by CoreNLP
     * @param luceneSummarizer summaries of articles read by Lucene
     * @param claims           key claims
     * @param cleaner          the story in pasted text
     * @param languages        the language of what was sent
     * @param files            every model file read, with its provenance, in load order
     * @param fingerprint      the SHA-256 of every file read, one {@code file:hash} line each in load order, in hex
     */
    public record Loaded(Summarizer summarizer, Summarizer luceneSummarizer, KeyClaimFinder claims,
                         PastedTextCleaner cleaner, LanguageIdentifier languages, List<Provenance> files,
                         String fingerprint) {

        /** The summarizer of articles read on a track, with the news scorer learnt from articles read that way. */
        public Summarizer summarizer(Track track) {
            return track == Track.CORENLP ? summarizer : luceneSummarizer;
        }
    }

    private final CompletableFuture<Loaded> loaded = new CompletableFuture<>();

    public Models() {
        Thread loader = new Thread(() -> {
            try {
                long t0 = System.nanoTime();
                Loaded models = load();
                LOG.infof("%d model files loaded in %d ms", models.files().size(), (System.nanoTime() - t0) / 1_000_000);
                loaded.complete(models);
            } catch (RuntimeException | LinkageError e) {
                Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
                LOG.errorf("Nutgraf cannot start: %s", cause.getMessage());
                loaded.completeExceptionally(cause);
                Quarkus.asyncExit(1);
            }
        }, "nutgraf-load-models");
        loader.setDaemon(true);
        loader.start();
    }

    /** Reads every shipped model file; throws naming the first that is missing or broken. */
    static Loaded load() {
        Summarizer summarizer = new Summarizer();
        Summarizer lucene = Summarizer.forLuceneReadArticles();
        KeyClaimFinder claims = KeyClaimFinder.withBundledModel();
        PastedTextCleaner cleaner = new PastedTextCleaner();
        LanguageIdentifier languages = LanguageIdentifier.bundled();
        List<Provenance> files = new ArrayList<>();
        files.addAll(cleaner.models());
        files.addAll(summarizer.models(org.nutgraf.summary.Algorithm.NEWS));
        files.addAll(lucene.models(org.nutgraf.summary.Algorithm.NEWS));
        files.addAll(claims.models());
        files.add(languages.provenance());
        StringBuilder all = new StringBuilder();
        for (Provenance p : files) {
            all.append(p.file()).append(':').append(p.sha256()).append('\n');
        }
        return new Loaded(summarizer, lucene, claims, cleaner, languages, List.copyOf(files),
                Provenance.sha256(all.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** True when every model is loaded. */
    public boolean ready() {
        return loaded.isDone() && !loaded.isCompletedExceptionally();
    }

    /** The models, or {@link Pipelines.NotReadyException} while they are still loading. */
    public Loaded get() {
        if (!ready()) {
            throw new Pipelines.NotReadyException();
        }
        return loaded.join();
    }

    /** The model files read so far: all of them once ready, none before. */
    public List<Provenance> files() {
        return ready() ? loaded.join().files() : List.of();
    }

    /**
     * The model files' fingerprint ({@link Loaded#fingerprint()}), computed once at load; empty before the models
     * are loaded (no answer is computed then).
     */
    public String fingerprint() {
        return ready() ? loaded.join().fingerprint() : "";
    }

    /** Waits until the models are loaded (for commands that run without a server); throws what stopped them. */
    public Loaded await() {
        return loaded.join();
    }
}
