package org.nutgraf.lab.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.nutgraf.article.Article;
import org.nutgraf.claims.KeyClaimFinder;
import org.nutgraf.extract.CleanedText;
import org.nutgraf.extract.PastedTextCleaner;
import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.PartsRead;
import org.nutgraf.lab.Timing;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.PipelineSettings;
import org.nutgraf.nlp.Pipelines;
import org.nutgraf.summary.Algorithm;
import org.nutgraf.summary.KeywordExtractor;
import org.nutgraf.summary.Summarizer;
import org.nutgraf.summary.SummaryBudget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * {@code pipeline-bench}: Nutgraf's in-process cost against CoreNLP's own: {@code annotate} alone on a bare pipeline
 * with the same annotators and properties, beside Nutgraf's whole path (clean, annotate, score, select, keywords,
 * claims), on the same JVM, interleaved. With {@code --start}: the time from JVM start to both pipelines built in a
 * bare main, the baseline of Nutgraf's start. Prints figures, asserts nothing.
 */
@Command(name = "pipeline-bench", sortOptions = false,
        description = {"Nutgraf's whole path timed against CoreNLP's annotate",
                "Interleaved on one JVM: p50 on the sample, mean over BBC_DIR; or (--start) a bare start's seconds."})
public final class PipelineBench implements Callable<Integer> {

    static final PipelineSettings SUMMARY = PipelineSettings.bundled(Pipelines.Need.SUMMARY);
    static final PipelineSettings CLAIMS = PipelineSettings.bundled(Pipelines.Need.CLAIMS);

    @Mixin
    private Invocation invocation;

    @Option(names = "--start", description = "only the seconds from JVM start to both bare pipelines built")
    private boolean start;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SAMPLE",
            description = "the article timed p50 (default: SHARED/samples/kazakhstan-oped-pasted.txt)")
    private Path sample;

    @Parameters(index = "1", arity = "0..1", paramLabel = "BBC_DIR",
            description = "a folder of articles to time as well, mean per article (e.g. SHARED/data/bbc/articles)")
    private Path bbcDir;

    @Parameters(index = "2", arity = "0..1", paramLabel = "N", defaultValue = "300",
            description = "how many of BBC_DIR's articles, in name order (default: ${DEFAULT-VALUE})")
    private int articles;

    /** CoreNLP alone, given exactly what the service gives it. */
    static StanfordCoreNLP bare(PipelineSettings settings) {
        return new StanfordCoreNLP(settings.coreNlpProperties());
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = invocation.out();
        if (start) {
            // as Nutgraf does: both pipelines at once, on two threads
            CompletableFuture<StanfordCoreNLP> a = CompletableFuture.supplyAsync(() -> bare(SUMMARY));
            CompletableFuture<StanfordCoreNLP> b = CompletableFuture.supplyAsync(() -> bare(CLAIMS));
            CompletableFuture.allOf(a, b).join();
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.printf("bare main: both pipelines built %.2f s after JVM start%n", ms / 1000.0);
            return 0;
        }
        Path samplePath = sample != null ? sample : invocation.shared().sample("kazakhstan-oped-pasted.txt");
        if (!invocation.present(samplePath)) {
            return 0;
        }
        PartsRead.recordPath(samplePath);
        String text = Files.readString(samplePath);
        List<String> bbc = new ArrayList<>();
        if (bbcDir != null && invocation.present(bbcDir)) {
            // the texts are timed, never scored: an explicit folder, read whole
            PartsRead.recordPath(bbcDir);
            try (Stream<Path> s = Files.list(bbcDir)) {
                for (Path p : s.sorted().limit(articles).toList()) {
                    bbc.add(Files.readString(p));
                }
            }
        }
        Map<String, StanfordCoreNLP> bare = new LinkedHashMap<>();
        Map<String, ArticleReader> ours = new LinkedHashMap<>();
        bare.put("summary only", bare(SUMMARY));
        bare.put("with claims", bare(CLAIMS));
        ours.put("summary only", ArticleReader.load(SUMMARY));
        ours.put("with claims", ArticleReader.load(CLAIMS));
        PastedTextCleaner cleaner = new PastedTextCleaner();
        Summarizer summarizer = new Summarizer();
        KeywordExtractor keywords = new KeywordExtractor();
        KeyClaimFinder claims = KeyClaimFinder.withBundledModel();

        out.println("| path | corpus | CoreNLP annotate alone, ms | Nutgraf in-process, ms | ratio |");
        out.println("|---|---|---|---|---|");
        for (String path : bare.keySet()) {
            StanfordCoreNLP core = bare.get(path);
            ArticleReader reader = ours.get(path);
            boolean withClaims = path.equals("with claims");
            Runnable baseline = () -> core.annotate(new Annotation(text));
            Runnable nutgraf = () -> nutgraf(text, cleaner, reader, summarizer, keywords, withClaims ? claims : null);
            double[] r = interleaved(baseline, nutgraf, 15, 41);
            out.printf("| %s | shared sample (p50) | %.1f | %.1f | %.3f |%n", path, r[0], r[1], r[1] / r[0]);
            if (!bbc.isEmpty()) {
                long coreNanos = 0;
                long ourNanos = 0;
                for (int round = 0; round < 2; round++) { // the first round warms up
                    coreNanos = 0;
                    ourNanos = 0;
                    for (String article : bbc) {
                        long t0 = System.nanoTime();
                        core.annotate(new Annotation(article));
                        long t1 = System.nanoTime();
                        nutgraf(article, cleaner, reader, summarizer, keywords, withClaims ? claims : null);
                        long t2 = System.nanoTime();
                        coreNanos += t1 - t0;
                        ourNanos += t2 - t1;
                    }
                }
                out.printf("| %s | %d BBC articles (mean) | %.1f | %.1f | %.3f |%n", path, bbc.size(),
                        coreNanos / 1e6 / bbc.size(), ourNanos / 1e6 / bbc.size(), (double) ourNanos / coreNanos);
            }
        }
        return 0;
    }

    static void nutgraf(String text, PastedTextCleaner cleaner, ArticleReader reader, Summarizer summarizer,
                        KeywordExtractor keywords, KeyClaimFinder claims) {
        CleanedText cleaned = cleaner.clean(text);
        Article a = reader.read(cleaned.masked(), cleaned.title());
        summarizer.summarize(a, Algorithm.NEWS, new SummaryBudget(null, null, null, null), 3);
        keywords.extract(a, 10);
        if (claims != null) {
            claims.find(a);
        }
    }

    /** p50 milliseconds of a and b, run alternately so drift in the machine affects both alike. */
    static double[] interleaved(Runnable a, Runnable b, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            a.run();
            b.run();
        }
        double[] ta = new double[runs];
        double[] tb = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            a.run();
            long t1 = System.nanoTime();
            b.run();
            long t2 = System.nanoTime();
            ta[i] = (t1 - t0) / 1e6;
            tb[i] = (t2 - t1) / 1e6;
        }
        return new double[]{Timing.median(ta), Timing.median(tb)};
    }
}
