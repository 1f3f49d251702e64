package org.nutgraf.lab.summary;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.summary.SourceHoldout.Margins;
import org.nutgraf.lab.summary.SummarySets.Item;
import org.nutgraf.lab.summary.SummarySets.Part;
import org.nutgraf.summary.SentenceFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * {@code summary-encoder-experiment}: whether a contextual sentence encoder earns its place in the news scorer (an experiment,
 * not part of the service). all-MiniLM-L6-v2 (quantised ONNX, 384 dimensions, through langchain4j) embeds every
 * sentence of the English track's train and dev parts, and the headline, once; {@link SourceHoldout} then chooses the
 * scorer twice by the publisher left out, once over {@link SentenceFeatures} alone and once with five general
 * signals of the embedding added: the sentence's cosine to the article's centroid (the mean of its sentences), to the
 * headline, to the opening (the first three sentences, less the sentence itself), and whether it ranks first or in
 * the top three by the first. Never the raw vectors: they learn the publisher, which the worst source left out then
 * pays for. The question is the one that ships a scorer: does the worst left-out margin over the lead rise on dev?
 * Prints the encoder's cost (wall clock on all cores), both runs' stage tables, and the chosen settings side by side.
 * The models it fits are for that comparison only and are written nowhere. Test parts and the unseen sets are never
 * read here.
 */
@Command(name = "summary-encoder-experiment",
        description = {"What a MiniLM sentence encoder adds to the news scorer",
                "SourceHoldout with and without embedding similarities, on the English train and dev parts"
                        + " (about 20 min)."})
public final class SummaryEncoderExperiment implements Callable<Integer> {

    /** Sentences of the opening, as {@link SentenceFeatures} counts them. */
    private static final int OPENING = 3;

    /** Articles between two progress lines while embedding. */
    private static final int PROGRESS = 2000;

    @Mixin
    private Invocation run;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "the first N articles of each set only (0, the default: all); for trying the command")
    private int limit;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "threads embedding at once, on the one ONNX session (0, the default: one per core)")
    private int threads;

    /** One article's embeddings: each sentence's in order, and the headline's (null without one). */
    private record Embedded(float[][] sentences, float[] headline) {
    }

    @Override
    public Integer call() {
        PrintWriter out = run.out();
        if (!run.present(run.shared().data(Track.ENGLISH.sources().get(0)))) {
            return 0;
        }
        List<Item> items = SummarySets.read(run.shared(), Track.ENGLISH, List.of(Part.TRAIN, Part.DEV), limit,
                run.err());
        if (items.stream().anyMatch(i -> i.part() == Part.TEST || Track.ENGLISH.unseen().contains(i.source()))) {
            throw new IllegalStateException("a test or unseen article was read");
        }
        Map<Item, Embedded> embedded = embed(items, out);

        long t0 = System.nanoTime();
        out.println();
        out.println("== baseline: SentenceFeatures ==");
        out.flush();
        SourceHoldout.Result baseline = new SourceHoldout(Track.ENGLISH, out,
                item -> SentenceFeatures.of(item.article())).train(items);
        out.printf(Locale.ROOT, "baseline chosen in %.0f s%n", (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        out.println();
        out.println("== with the encoder: SentenceFeatures + encoder:* ==");
        out.flush();
        Function<Item, List<Map<String, Double>>> withEncoder = item -> {
            List<Map<String, Double>> features = SentenceFeatures.of(item.article());
            List<Map<String, Double>> encoder = features(item.article(), embedded.get(item));
            for (int i = 0; i < features.size(); i++) {
                features.get(i).putAll(encoder.get(i));
            }
            return features;
        };
        SourceHoldout.Result encoder = new SourceHoldout(Track.ENGLISH, out, withEncoder).train(items);
        out.printf(Locale.ROOT, "with the encoder chosen in %.0f s%n", (System.nanoTime() - t1) / 1e9);

        // the models are for this comparison only: nothing is written
        out.println();
        out.println("== chosen settings, dev margins over the lead of each source left out (R-1/R-2 F1 x100) ==");
        compare(out, "baseline", baseline.chosen(), encoder.chosen());
        out.flush();
        return 0;
    }

    /**
     * The chosen settings of both runs: at the track's length (the choice of the last stage judged there, over
     * LEAD-3) and at one sentence (the last stage's, over LEAD-1), each with its worst source's worse margin and its mean, then the encoder's difference.
     */
    private static void compare(PrintWriter out, String name, List<Margins> base, List<Margins> with) {
        String[] at = {"k=" + Track.ENGLISH.k() + " (over LEAD-" + Track.ENGLISH.k() + ")",
                "one sentence (the last stage, over LEAD-1)"};
        Margins[][] runs = {{atK(base), atOne(base)}, {atK(with), atOne(with)}};
        String[] names = {name, "encoder"};
        for (int s = 0; s < at.length; s++) {
            out.println(at[s] + ":");
            for (int r = 0; r < runs.length; r++) {
                Margins m = runs[r][s];
                out.printf(Locale.ROOT, "  %-8s worst %+.2f, mean %+.2f  [%s]%n", names[r], m.worst(), m.mean(),
                        m.setting());
            }
            out.printf(Locale.ROOT, "  %-8s worst %+.2f, mean %+.2f%n", "change", runs[1][s].worst()
                    - runs[0][s].worst(), runs[1][s].mean() - runs[0][s].mean());
        }
        out.println("by source, R-1/R-2 at k=" + Track.ENGLISH.k() + " (then at 1 sentence, under that setting):");
        out.println("  " + name + ": " + atK(base).line().strip());
        out.println("  encoder: " + atK(with).line().strip());
        out.println("by source, R-1/R-2 at 1 sentence (the last stage's setting):");
        out.println("  " + name + ": " + atOne(base).line().strip());
        out.println("  encoder: " + atOne(with).line().strip());
    }

    /** The choice of the last stage judged at the track's length. */
    private static Margins atK(List<Margins> chosen) {
        return chosen.get(chosen.size() - 2);
    }

    /** The choice of the last stage, judged at one sentence. */
    private static Margins atOne(List<Margins> chosen) {
        return chosen.get(chosen.size() - 1);
    }

    /**
     * Every article's sentences and headline, embedded once on {@code threads} threads sharing the one encoder (an ONNX
     * Runtime session runs concurrently, and langchain4j's own {@code embedAll} calls it from a pool of one thread per
     * core); prints the cost.
     */
    private Map<Item, Embedded> embed(List<Item> items, PrintWriter out) {
        long t0 = System.nanoTime();
        AllMiniLmL6V2QuantizedEmbeddingModel encoder = new AllMiniLmL6V2QuantizedEmbeddingModel();
        double load = (System.nanoTime() - t0) / 1e6;
        int n = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(n);
        AtomicInteger done = new AtomicInteger();
        Map<Item, Embedded> embedded = new IdentityHashMap<>();
        long t1 = System.nanoTime();
        try {
            List<Future<Embedded>> futures = new ArrayList<>(items.size());
            for (Item item : items) {
                futures.add(pool.submit(() -> {
                    Embedded e = embed(encoder, item.article());
                    int d = done.incrementAndGet();
                    if (d % PROGRESS == 0) {
                        run.err().printf(Locale.ROOT, "embedded %d of %d articles, %.0f s%n", d, items.size(),
                                (System.nanoTime() - t1) / 1e9);
                        run.err().flush();
                    }
                    return e;
                }));
            }
            for (int i = 0; i < items.size(); i++) {
                embedded.put(items.get(i), futures.get(i).get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("embedding failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double ms = (System.nanoTime() - t1) / 1e6;
        long sentences = embedded.values().stream().mapToLong(e -> e.sentences().length).sum();
        long headlines = embedded.values().stream().filter(e -> e.headline() != null).count();
        long words = items.stream().mapToLong(i -> i.article().wordCount()).sum();
        out.printf(Locale.ROOT, "encoder: all-MiniLM-L6-v2 (quantised), loaded in %.0f ms%n", load);
        out.printf(Locale.ROOT, "embedded %d articles: %d sentences (%.1f words on average) and %d headlines in %.0f s"
                        + " on %d thread(s) of %d cores: %.2f ms per sentence or headline, %.1f ms per article,"
                        + " wall clock%n", items.size(), sentences, words / (double) Math.max(1, sentences), headlines,
                ms / 1000, n, Runtime.getRuntime().availableProcessors(), ms / Math.max(1, sentences + headlines),
                ms / Math.max(1, items.size()));
        out.flush();
        return embedded;
    }

    private static Embedded embed(AllMiniLmL6V2QuantizedEmbeddingModel encoder, Article article) {
        List<Sentence> sentences = article.sentences();
        float[][] vectors = new float[sentences.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = vector(encoder, sentences.get(i).text());
        }
        return new Embedded(vectors, article.title().isBlank() ? null : vector(encoder, article.title()));
    }

    /** The text's embedding; none (zeros, cosine 0 to all) for a blank text, which the encoder refuses. */
    private static float[] vector(AllMiniLmL6V2QuantizedEmbeddingModel encoder, String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? new float[encoder.dimension()] : encoder.embed(flat).content().vector();
    }

    /**
     * The encoder's features of every sentence, in order: cosine to the centroid, to the headline (when there is
     * one), to the opening (less the sentence itself; none when nothing is left), and the centroid rank's top 1 and
     * top 3. Cosines are -1 to 1, in practice 0 to 1.
     */
    static List<Map<String, Double>> features(Article article, Embedded e) {
        int n = e.sentences().length;
        List<Map<String, Double>> out = new ArrayList<>(n);
        if (n == 0) {
            return out;
        }
        float[] centroid = mean(e.sentences(), 0, n, -1);
        double[] toCentroid = new double[n];
        for (int i = 0; i < n; i++) {
            toCentroid[i] = cosine(e.sentences()[i], centroid);
        }
        for (int i = 0; i < n; i++) {
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("encoder:centroid", toCentroid[i]);
            if (e.headline() != null) {
                f.put("encoder:headline", cosine(e.sentences()[i], e.headline()));
            }
            int opening = Math.min(OPENING, n);
            if (opening > 1 || i >= opening) {
                f.put("encoder:opening", cosine(e.sentences()[i], mean(e.sentences(), 0, opening, i)));
            }
            int rank = 0;
            for (int j = 0; j < n; j++) {
                if (toCentroid[j] > toCentroid[i] || (toCentroid[j] == toCentroid[i] && j < i)) {
                    rank++;
                }
            }
            if (rank == 0) {
                f.put("encoder:top1", 1.0);
            }
            if (rank < 3) {
                f.put("encoder:top3", 1.0);
            }
            out.add(f);
        }
        return out;
    }

    /**
     * The sum of vectors {@code from} to {@code to} (exclusive), leaving out the one at {@code skip}: for a cosine,
     * their mean.
     */
    private static float[] mean(float[][] vectors, int from, int to, int skip) {
        float[] m = new float[vectors[0].length];
        for (int i = from; i < to; i++) {
            if (i == skip) {
                continue;
            }
            for (int d = 0; d < m.length; d++) {
                m[d] += vectors[i][d];
            }
        }
        return m;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
            na += a[d] * a[d];
            nb += b[d] * b[d];
        }
        return na == 0 || nb == 0 ? 0 : Math.round(dot / Math.sqrt(na * nb) * 10_000) / 10_000.0;
    }
}
