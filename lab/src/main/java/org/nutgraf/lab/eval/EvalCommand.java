package org.nutgraf.lab.eval;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.PipelineSettings;
import org.nutgraf.nlp.Pipelines;
import org.nutgraf.summary.Algorithm;
import org.nutgraf.summary.ChosenSentence;
import org.nutgraf.summary.Coherence;
import org.nutgraf.summary.Summarizer;
import org.nutgraf.summary.Summary;
import org.nutgraf.summary.SummaryBudget;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Measures every summary algorithm on an evaluation set with ROUGE (see {@link Rouge}), or scores a folder of
 * summaries made elsewhere. A plain command line, no Quarkus; run it through the Maven profile {@code eval}.
 *
 * <pre>
 * EvalCommand DATASET_DIR [--k 3] [--limit N] [--algorithms lead,news] [--out DIR] [--no-stem]
 * EvalCommand --score SUMMARIES_DIR REFS_DIR [--no-stem]
 * EvalCommand DATASET_DIR --score SUMMARIES_DIR [--no-stem]
 * </pre>
 */
public final class EvalCommand {

    static final String USAGE = """
            usage: EvalCommand DATASET_DIR [--k 3] [--limit N] [--algorithms lead,news] [--out DIR] [--no-stem]
                   EvalCommand --score SUMMARIES_DIR REFS_DIR [--no-stem]
                   EvalCommand DATASET_DIR --score SUMMARIES_DIR [--no-stem]   (scores against DATASET_DIR/refs)""";

    /** The pipeline the service runs for summaries, so the figures are the service's. */
    static final PipelineSettings PIPELINE = PipelineSettings.bundled(Pipelines.Need.SUMMARY);

    /** Line breaks inside a sentence would split it in two for ROUGE-Lsum, so they become spaces. */
    private static final String LINE_BREAKS = "[\\n\\r\\u000B\\u000C\\u001C-\\u001E\\u0085\\u2028\\u2029]+";

    private EvalCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; returns the exit status (0 also when the set is absent, so builds without it pass). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Rouge rouge = new Rouge(options.stemming());
        if (options.scoreOnly()) {
            if (!Files.isDirectory(options.refs())) {
                out.println("skipped: " + options.refs() + " is absent");
                return 0;
            }
            if (!Files.isDirectory(options.summaries())) {
                err.println("no such folder: " + options.summaries());
                return 2;
            }
            printScores(SummaryFolders.score(options.summaries(), options.refs(), rouge), rouge, out);
            return 0;
        }
        if (!Files.isDirectory(options.dataset())) {
            out.println("skipped: " + options.dataset() + " is absent");
            return 0;
        }
        evaluate(options, rouge, out, err);
        return 0;
    }

    /** What one algorithm did under one budget on one article. */
    private record Outcome(RougeScores scores, long nanos, int chosen, int dangling, int words) {
    }

    /** Everything measured on one article: outcomes indexed [algorithm][budget]. */
    private record ArticleResult(String id, long annotationNanos, int referenceWords, Outcome[][] outcomes) {
    }

    private static void evaluate(Options options, Rouge rouge, PrintStream out, PrintStream err) {
        Dataset dataset = Dataset.open(options.dataset(), options.limit());
        List<Algorithm> algorithms = options.algorithms();
        List<String> budgets = budgetNames(options.k());
        err.printf("loading CoreNLP (%s)...%n", PIPELINE.annotators());
        ArticleReader reader = ArticleReader.load(PIPELINE);
        Summarizer summarizer = new Summarizer();
        if (options.out() != null) {
            for (Algorithm a : algorithms) {
                for (String b : budgets) {
                    createDirectories(options.out().resolve(a.id() + "-" + b));
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
                    ArticleResult r = evaluateArticle(id, dataset, reader, summarizer, rouge, algorithms,
                            options.k(), options.out());
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
        printReport(dataset, options, rouge, algorithms, budgets, results, threads, reader.loadMillis(),
                wallSeconds, out);
    }

    private static ArticleResult evaluateArticle(String id, Dataset dataset, ArticleReader reader,
                                                 Summarizer summarizer, Rouge rouge, List<Algorithm> algorithms,
                                                 int k, Path outDir) {
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
                if (outDir != null) {
                    write(outDir.resolve(algorithms.get(a).id() + "-" + budgetNames.get(b)).resolve(id + ".txt"),
                            written);
                }
                outcomes[a][b] = new Outcome(rouge.scoreBest(written, references), nanos, chosen.size(), dangling,
                        whitespaceWords(written));
            }
        }
        return new ArticleResult(id, annotationNanos, referenceWords, outcomes);
    }

    private static void printReport(Dataset dataset, Options options, Rouge rouge, List<Algorithm> algorithms,
                                    List<String> budgets, List<ArticleResult> results, int threads,
                                    long loadMillis, double wallSeconds, PrintStream out) {
        int n = results.size();
        double annotationMs = results.stream().mapToLong(ArticleResult::annotationNanos).sum() / 1e6;
        double referenceWords = results.stream().mapToInt(ArticleResult::referenceWords).average().orElse(0);
        out.printf("# Summary quality on `%s`: %d articles%n%n", dataset.dir().getFileName(), n);
        if (dataset.unmatched() > 0) {
            out.printf("%d articles or references without a counterpart were left out.%n%n", dataset.unmatched());
        }
        out.printf("CoreNLP `%s`, loaded in %.1f s; annotation (shared by all algorithms, once per article): "
                        + "%s ms per article, on %d threads; wall time %.1f s. Headlines from titles.tsv: %s. "
                        + "ROUGE F1 x100, Porter stemming %s (as rouge.py%s).%n%n",
                PIPELINE.annotators(), loadMillis / 1000.0, format(n == 0 ? 0 : annotationMs / n, 1), threads, wallSeconds,
                dataset.titles().isEmpty() ? "no" : "yes", rouge.stemming() ? "on" : "off",
                rouge.stemming() ? "" : " --no-stem");
        for (int b = 0; b < budgets.size(); b++) {
            if (b == 0) {
                out.printf("## k = %d sentences%n%n", options.k());
            } else {
                out.printf("## Length-matched: maxWords = the reference's length in whitespace words "
                        + "(as truncate.py counts; mean %s), sentences never cut%n%n", format(referenceWords, 1));
            }
            out.println("| algorithm | R-1 | R-2 | R-Lsum | ms per article | dangling % | words |");
            out.println("|---|---|---|---|---|---|---|");
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
                out.printf("| %s | %s | %s | %s | %s | %s | %s |%n", algorithms.get(a).id(), format(p.rouge1().f1(), 2),
                        format(p.rouge2().f1(), 2), format(p.rougeLsum().f1(), 2),
                        format(n == 0 ? 0 : nanos / 1e6 / n, 2),
                        format(chosen == 0 ? 0 : 100.0 * dangling / chosen, 1), format(n == 0 ? 0 : (double) words / n, 1));
            }
            out.println();
        }
        out.println("ms per article: sentence scoring and selection only (annotation is above); dangling %: share "
                + "of chosen sentences that lean on a predecessor the summary left out (Coherence.dangles); words: "
                + "mean whitespace words per summary.");
        if (options.out() != null) {
            out.printf("%nSummaries written to %s/<algorithm>-<budget>/<id>.txt, one sentence per line.%n",
                    options.out());
        }
    }

    private static void printScores(SummaryFolders.Result result, Rouge rouge, PrintStream out) {
        out.printf("docs=%d missing_sys=%d stemming=%s%n", result.documents(), result.missingSystemFiles(),
                rouge.stemming() ? "True" : "False");
        out.printf("%-10s %7s %7s %7s%n", "metric", "P", "R", "F1");
        String[] names = {"rouge1", "rouge2", "rougeL", "rougeLsum"};
        RougeScore[] all = result.percent().all();
        for (int m = 0; m < all.length; m++) {
            out.printf("%-10s %7s %7s %7s%n", names[m], format(all[m].precision(), 2), format(all[m].recall(), 2),
                    format(all[m].f1(), 2));
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

    /** The parsed command line. */
    record Options(Path dataset, int k, int limit, List<Algorithm> algorithms, Path out, boolean stemming,
                   Path summaries, Path refs) {

        boolean scoreOnly() {
            return summaries != null;
        }

        static Options parse(String[] args) {
            Path dataset = null;
            Path summaries = null;
            Path refs = null;
            int k = 3;
            int limit = 0;
            List<Algorithm> algorithms = List.of(Algorithm.values());
            Path out = null;
            boolean stemming = true;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--k" -> k = positive(arg, value(args, ++i, arg));
                    case "--limit" -> limit = positive(arg, value(args, ++i, arg));
                    case "--algorithms" -> algorithms = algorithms(value(args, ++i, arg));
                    case "--out" -> out = Path.of(value(args, ++i, arg));
                    case "--no-stem" -> stemming = false;
                    case "--score" -> summaries = Path.of(value(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        if (dataset != null) {
                            throw new IllegalArgumentException("one folder only; got " + dataset + " and " + arg);
                        }
                        dataset = Path.of(arg);
                    }
                }
            }
            if (dataset == null) {
                throw new IllegalArgumentException(summaries == null ? "name a dataset folder"
                        : "--score needs the references: REFS_DIR, or a dataset folder holding refs/");
            }
            if (summaries != null) {
                // the other folder is the references themselves, or a dataset whose refs/ they are
                refs = Files.isDirectory(dataset.resolve("refs")) ? dataset.resolve("refs") : dataset;
                dataset = null;
            }
            return new Options(dataset, k, limit, algorithms, out, stemming, summaries, refs);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int positive(String option, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
            throw new IllegalArgumentException(option + " must be a positive whole number; got '" + value + "'");
        }

        private static List<Algorithm> algorithms(String list) {
            List<Algorithm> chosen = new ArrayList<>();
            for (String id : list.split(",")) {
                if (id.isBlank()) {
                    continue;
                }
                chosen.add(Algorithm.fromId(id).orElseThrow(() -> new IllegalArgumentException(
                        "unknown algorithm '" + id.trim() + "'; choose from " + Algorithm.ids())));
            }
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("--algorithms names none; choose from " + Algorithm.ids());
            }
            return List.copyOf(chosen);
        }
    }

    /** The budgets' names, as used in the {@code --out} folders: {@code k3} and {@code words}. */
    static List<String> budgetNames(int k) {
        return List.of("k" + k, "words");
    }
}
