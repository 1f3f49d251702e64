package org.nutgraf.lab.eval;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.summary.SummarySets;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.LuceneReader;
import org.nutgraf.nlp.Track;
import org.nutgraf.nlp.Reader;
import org.nutgraf.nlp.PipelineSettings;
import org.nutgraf.nlp.Pipelines;
import org.nutgraf.summary.Algorithm;
import org.nutgraf.summary.ChosenSentence;
import org.nutgraf.summary.Coherence;
import org.nutgraf.summary.Summarizer;
import org.nutgraf.summary.Summary;
import org.nutgraf.summary.SummaryBudget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * {@code algorithms-eval}: measures every summary algorithm on an evaluation set with ROUGE (see {@link Rouge}), with the
 * pipeline the service runs, at k sentences and length-matched to each reference. A plain command line, no Quarkus.
 * A set of the shared folder is read on its train and dev parts ({@link SummarySets#readable}); its test part only
 * with {@code --test}, and a set held out whole only with {@code --unseen}.
 */
@Command(name = "algorithms-eval", sortOptions = false,
        description = {"ROUGE of every summary algorithm on an evaluation set",
                "At k sentences and length-matched to the references, read with the pipeline the service runs; a "
                        + "shared set's train and dev parts unless --test."})
public final class EvalCommand implements Callable<Integer> {

    /** The pipeline the service runs for summaries, so the figures are the service's. */
    static final PipelineSettings PIPELINE = PipelineSettings.bundled(Pipelines.Need.SUMMARY);

    /** Line breaks inside a sentence would split it in two for ROUGE-Lsum, so they become spaces. */
    private static final String LINE_BREAKS = "[\\n\\r\\u000B\\u000C\\u001C-\\u001E\\u0085\\u2028\\u2029]+";

    @Mixin
    private Invocation invocation;

    @Parameters(paramLabel = "DATASET", description = "a folder with articles/<id>.txt, refs/<id>.txt and optionally "
            + "titles.tsv; a bare name that is no folder here is a set under SHARED/data (cnn_val, bbc, writers)")
    private String dataset;

    @Option(names = "--k", paramLabel = "N", defaultValue = "3",
            description = "sentences per summary in the first table (default: ${DEFAULT-VALUE})")
    private int k;

    @Option(names = "--limit", paramLabel = "N", description = "only the first N articles in id order (default: all)")
    private Integer limit;

    @Option(names = "--algorithms", paramLabel = "A", split = ",", converter = AlgorithmConverter.class,
            completionCandidates = AlgorithmIds.class,
            description = "comma-separated, out of ${COMPLETION-CANDIDATES} (default: all)")
    private List<Algorithm> algorithms;

    @Option(names = "--language", paramLabel = "TAG", description = "the set's language (BCP 47); other than en, "
            + "articles are read as the service reads that language, with Lucene (default: en, with CoreNLP)")
    private String language;

    @Option(names = "--test", description = "also the test part of a set of the shared folder (by SummarySets.part; "
            + "once per candidate that would ship). Default: its train and dev parts; a folder elsewhere is read whole")
    private boolean test;

    @Option(names = "--unseen", description = "allow a set held out whole (inshorts; once per candidate that would ship)")
    private boolean unseen;

    @Option(names = "--out", paramLabel = "DIR",
            description = "also write each summary to DIR/<algorithm>-<budget>/<id>.txt, one sentence per line")
    private Path out;

    @Mixin
    private RougeOptions scoring;

    /** Measures the set; 0 also when it is absent, so builds without it pass. */
    @Override
    public Integer call() {
        requirePositive("--k", k);
        if (limit != null) {
            requirePositive("--limit", limit);
        }
        if (algorithms == null) {
            algorithms = List.of(Algorithm.values());
        }
        Path folder = invocation.shared().dataset(dataset);
        PrintWriter printer = invocation.out();
        if (!invocation.present(folder)) {
            return 0;
        }
        if (SummarySets.heldOut(invocation.shared(), folder) && !unseen) {
            throw invocation.refuse(folder.getFileName() + " is held out whole, a last check: --unseen reads it");
        }
        evaluate(folder, scoring.rouge(), printer, invocation.err());
        return 0;
    }

    private void requirePositive(String option, int value) {
        if (value <= 0) {
            throw invocation.refuse(option + " must be a positive whole number; got '" + value + "'");
        }
    }

    /** What one algorithm did under one budget on one article. */
    private record Outcome(RougeScores scores, long nanos, int chosen, int dangling, int words) {
    }

    /** Everything measured on one article: outcomes indexed [algorithm][budget]. */
    private record ArticleResult(String id, long annotationNanos, int referenceWords, Outcome[][] outcomes) {
    }

    private void evaluate(Path folder, Rouge rouge, PrintWriter printer, PrintWriter err) {
        Dataset whole = Dataset.open(folder, 0);
        boolean heldOut = SummarySets.heldOut(invocation.shared(), folder);
        Dataset dataset = whole.only(SummarySets.readable(invocation.shared(), folder, whole.ids(), test || heldOut),
                limit == null ? 0 : limit);
        List<String> budgets = budgetNames(k);
        Reader reader;
        long loadMillis = 0;
        Track track = language == null ? Track.CORENLP : Track.of(language);
        if (track == Track.CORENLP) {
            err.printf("loading CoreNLP (%s)...%n", PIPELINE.annotators());
            ArticleReader coreNlp = ArticleReader.load(PIPELINE);
            loadMillis = coreNlp.loadMillis();
            reader = coreNlp;
        } else {
            reader = LuceneReader.of(language);
        }
        Summarizer summarizer = track == Track.CORENLP ? new Summarizer() : Summarizer.forLuceneReadArticles();
        if (out != null) {
            for (Algorithm a : algorithms) {
                for (String b : budgets) {
                    createDirectories(out.resolve(a.id() + "-" + b));
                }
            }
        }

        int threads = Runtime.getRuntime().availableProcessors();
        long wallStart = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        int total = dataset.ids().size();
        int every = Math.max(1, Math.min(100, total / 10));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<ArticleResult> results = new ArrayList<>(total);
        try {
            List<Future<ArticleResult>> futures = new ArrayList<>(total);
            for (String id : dataset.ids()) {
                futures.add(pool.submit(() -> {
                    ArticleResult r = evaluateArticle(id, dataset, reader, summarizer, rouge);
                    int n = done.incrementAndGet();
                    if (n % every == 0 || n == total) {
                        err.printf("%d/%d articles (%.0f s)%n", n, total, (System.nanoTime() - wallStart) / 1e9);
                    }
                    return r;
                }));
            }
            for (Future<ArticleResult> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        printReport(dataset, rouge, budgets, results, threads, reader.annotators(), loadMillis, wallSeconds, printer);
    }

    private ArticleResult evaluateArticle(String id, Dataset dataset, Reader reader, Summarizer summarizer,
                                          Rouge rouge) {
        String text = dataset.article(id);
        List<String> references = dataset.referenceTexts(id);
        // length-matched as truncate.py does it: whitespace words of the (first) reference
        int referenceWords = whitespaceWords(references.get(0));
        long t0 = System.nanoTime();
        Article article = reader.read(text, dataset.title(id));
        long annotationNanos = System.nanoTime() - t0;

        List<SummaryBudget> budgets = List.of(new SummaryBudget(k, null, null, null),
                new SummaryBudget(null, null, referenceWords, null));
        List<String> budgetNames = budgetNames(k);
        Outcome[][] outcomes = new Outcome[algorithms.size()][budgets.size()];
        for (int a = 0; a < algorithms.size(); a++) {
            for (int b = 0; b < budgets.size(); b++) {
                long s0 = System.nanoTime();
                Summary summary = summarizer.summarize(article, algorithms.get(a), budgets.get(b), k);
                long nanos = System.nanoTime() - s0;
                Set<Integer> chosen = summary.sentences().stream().map(c -> c.sentence().index())
                        .collect(Collectors.toSet());
                int dangling = 0;
                StringBuilder lines = new StringBuilder();
                for (ChosenSentence c : summary.sentences()) {
                    Sentence sentence = c.sentence();
                    if (Coherence.dangles(sentence, chosen)) {
                        dangling++;
                    }
                    lines.append(sentence.text().replaceAll(LINE_BREAKS, " ")).append('\n');
                }
                String written = lines.toString();
                if (out != null) {
                    write(out.resolve(algorithms.get(a).id() + "-" + budgetNames.get(b)).resolve(id + ".txt"),
                            written);
                }
                outcomes[a][b] = new Outcome(rouge.scoreBest(written, references), nanos, chosen.size(), dangling,
                        whitespaceWords(written));
            }
        }
        return new ArticleResult(id, annotationNanos, referenceWords, outcomes);
    }

    private void printReport(Dataset dataset, Rouge rouge, List<String> budgets, List<ArticleResult> results,
                             int threads, List<String> annotators, long loadMillis, double wallSeconds,
                             PrintWriter printer) {
        int n = results.size();
        double annotationMs = results.stream().mapToLong(ArticleResult::annotationNanos).sum() / 1e6;
        double referenceWords = results.stream().mapToInt(ArticleResult::referenceWords).average().orElse(0);
        printer.printf("# Summary quality on `%s`: %d articles%n%n", dataset.dir().getFileName(), n);
        if (dataset.unmatched() > 0) {
            printer.printf("%d articles or references without a counterpart were left out.%n%n", dataset.unmatched());
        }
        printer.printf("Read with `%s`, loaded in %.1f s; annotation (shared by all algorithms, once per article): "
                        + "%s ms per article, on %d threads; wall time %.1f s. Headlines from titles.tsv: %s. "
                        + "ROUGE F1 x100, %s.%n%n",
                String.join(",", annotators), loadMillis / 1000.0, format(n == 0 ? 0 : annotationMs / n, 1), threads,
                wallSeconds, dataset.titles().isEmpty() ? "no" : "yes", rouge.unicodeTokens()
                        ? "Unicode word tokens, no stemming (as rouge.py --unicode)"
                        : rouge.stemming() ? "Porter stemming on (as rouge.py)" : "Porter stemming off (as rouge.py --no-stem)");
        for (int b = 0; b < budgets.size(); b++) {
            if (b == 0) {
                printer.printf("## k = %d sentences%n%n", k);
            } else {
                printer.printf("## Length-matched: maxWords = the reference's length in whitespace words "
                        + "(as truncate.py counts; mean %s), sentences never cut%n%n", format(referenceWords, 1));
            }
            printer.println("| algorithm | R-1 | R-2 | R-Lsum | ms per article | dangling % | words |");
            printer.println("|---|---|---|---|---|---|---|");
            for (int a = 0; a < algorithms.size(); a++) {
                RougeMean mean = new RougeMean();
                long nanos = 0;
                long chosen = 0;
                long dangling = 0;
                long words = 0;
                for (ArticleResult r : results) {
                    Outcome o = r.outcomes()[a][b];
                    mean.add(o.scores());
                    nanos += o.nanos();
                    chosen += o.chosen();
                    dangling += o.dangling();
                    words += o.words();
                }
                RougeScores p = mean.percent();
                printer.printf("| %s | %s | %s | %s | %s | %s | %s |%n", algorithms.get(a).id(), format(p.rouge1().f1(), 2),
                        format(p.rouge2().f1(), 2), format(p.rougeLsum().f1(), 2),
                        format(n == 0 ? 0 : nanos / 1e6 / n, 2),
                        format(chosen == 0 ? 0 : 100.0 * dangling / chosen, 1), format(n == 0 ? 0 : (double) words / n, 1));
            }
            printer.println();
        }
        printer.println("ms per article: sentence scoring and selection only (annotation is above); dangling %: share "
                + "of chosen sentences that lean on a predecessor the summary left out (Coherence.dangles); words: "
                + "mean whitespace words per summary.");
        if (out != null) {
            printer.printf("%nSummaries written to %s/<algorithm>-<budget>/<id>.txt, one sentence per line.%n",
                    out);
        }
    }

    /** Rounds as Python's {@code '%.2f'} does: the exact binary value, ties to even, so figures match rouge.py's. */
    static String format(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code len(text.split())}: words between runs of Unicode whitespace. */
    static int whitespaceWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The budgets' names, as used in the {@code --out} folders: {@code k3} and {@code words}. */
    static List<String> budgetNames(int k) {
        return List.of("k" + k, "words");
    }

    /** Reads an algorithm by its API name, as the service does. */
    static final class AlgorithmConverter implements ITypeConverter<Algorithm> {
        @Override
        public Algorithm convert(String id) {
            return Algorithm.fromId(id).orElseThrow(() -> new TypeConversionException(
                    "unknown algorithm '" + id.trim() + "'; choose from " + Algorithm.ids()));
        }
    }

    /** The API names, for the usage help. */
    static final class AlgorithmIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Algorithm.values()).map(Algorithm::id).iterator();
        }
    }
}
