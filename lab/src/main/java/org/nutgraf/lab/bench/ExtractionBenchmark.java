package org.nutgraf.lab.bench;

import org.nutgraf.extract.HtmlArticleExtractor;
import org.nutgraf.extract.PastedTextCleaner;
import org.nutgraf.lab.Invocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code extract}: scores both extractors with the ScrapingHub benchmark's own rule ({@code score.py}, run with
 * python3): HTML extraction on the 181 benchmark pages, pasted-text cleaning on the 20 pasted samples. The pages are
 * not ours to ship, so this lives in the lab, not with the service's tests.
 */
@Command(name = "extract", sortOptions = false,
        description = {"Extraction scores on the ScrapingHub benchmark",
                "The HTML extractor on its pages and the pasted-text cleaner on the pasted samples, scored by the "
                        + "benchmark's own score.py (python3)."})
public final class ExtractionBenchmark implements Callable<Integer> {

    /** The two parts the benchmark can run alone. */
    enum Part { html, pasted }

    @Mixin
    private Invocation invocation;

    @Parameters(arity = "0..1", paramLabel = "SET",
            description = "one set only: ${COMPLETION-CANDIDATES} (default: both)")
    private Part only;

    @Option(names = "--keep", description = "keep the folders of predictions and per-page scores (printed at the end)")
    private boolean keep;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path scrapinghub = invocation.shared().data("scrapinghub");
        Path pasted = invocation.shared().sample("pasted");
        PrintWriter out = invocation.out();
        // score.py lives with the pages, so every part needs them
        if (!invocation.present(scrapinghub) || only != Part.html && !invocation.present(pasted)) {
            return 0;
        }
        Path work = Files.createTempDirectory("nutgraf-extract-eval");
        if (only != Part.pasted) {
            Path pred = Files.createDirectories(work.resolve("html"));
            HtmlArticleExtractor extractor = new HtmlArticleExtractor();
            long t0 = System.nanoTime();
            int n = 0;
            for (Path page : list(scrapinghub.resolve("html"), ".html")) {
                String id = id(page, ".html");
                String text;
                try {
                    // the benchmark stores every page as UTF-8, as a server's Content-Type would say
                    text = extractor.extract(Files.readAllBytes(page), "UTF-8").text();
                } catch (RuntimeException e) {
                    invocation.err().println(id + ": " + e);
                    text = "";
                }
                Files.writeString(pred.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
                n++;
            }
            out.printf("HTML extraction: %d pages in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            score(scrapinghub, pred, scrapinghub.resolve("truth"), "html", work);
        }
        if (only != Part.html) {
            Path pred = Files.createDirectories(work.resolve("pasted"));
            Path truth = Files.createDirectories(work.resolve("pasted-truth"));
            PastedTextCleaner cleaner = new PastedTextCleaner();
            for (Path page : list(pasted, ".truth.txt")) {
                String id = id(page, ".truth.txt");
                Files.copy(page, truth.resolve(id + ".txt"));
                String raw = Files.readString(pasted.resolve(id + ".txt"), StandardCharsets.UTF_8);
                Files.writeString(pred.resolve(id + ".txt"), cleaner.clean(raw).body(), StandardCharsets.UTF_8);
            }
            score(scrapinghub, pred, truth, "pasted", work);
        }
        if (keep) {
            out.println("predictions kept in " + work);
        } else {
            deleteTree(work);
        }
        return 0;
    }

    private void score(Path scrapinghub, Path pred, Path truth, String name, Path work)
            throws IOException, InterruptedException {
        PrintWriter out = invocation.out();
        // score.py writes straight to our stdout, so what we printed must be out first
        out.flush();
        Process p = new ProcessBuilder("python3", scrapinghub.resolve("score.py").toString(), "--pred",
                pred.toString(), "--truth", truth.toString(), "--name", name, "--seed", "1",
                "--per-doc", work.resolve(name + ".tsv").toString())
                .inheritIO().start();
        if (p.waitFor() != 0) {
            out.println("score.py failed for " + name);
        }
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String id(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(s.toList());
            Collections.reverse(all);
            for (Path f : all) {
                Files.delete(f);
            }
        }
    }
}
