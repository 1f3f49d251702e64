package org.nutgraf.lab.bench;

import org.nutgraf.extract.HtmlArticleExtractor;
import org.nutgraf.extract.PastedTextCleaner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scores both extractors with the ScrapingHub benchmark's own rule ({@code score.py}): HTML extraction on the 181
 * benchmark pages, pasted-text cleaning on the 20 pasted samples. Lives with the tests because it reads data that
 * is not ours to ship and is a developer's tool, not part of the service.
 *
 * <p>Run: {@code ./mvnw -B -q -Pextract-eval test-compile exec:java} (optionally {@code -Dshared.dir=...}).
 * Arguments: {@code html} or {@code pasted} to run one set only; {@code --keep} to keep the prediction folders.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getProperty("shared.dir", "../shared"));
        Path scrapinghub = shared.resolve("data/scrapinghub");
        Path pasted = shared.resolve("samples/pasted");
        if (!Files.isDirectory(scrapinghub) || !Files.isDirectory(pasted)) {
            System.out.println("extraction benchmark skipped: no evaluation data under " + shared.toAbsolutePath()
                    + " (set -Dshared.dir=...)");
            return;
        }
        List<String> options = List.of(args);
        boolean all = !options.contains("html") && !options.contains("pasted");
        Path work = Files.createTempDirectory("nutgraf-extract-eval");
        if (all || options.contains("html")) {
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
                    System.err.println(id + ": " + e);
                    text = "";
                }
                Files.writeString(pred.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
                n++;
            }
            System.out.printf("HTML extraction: %d pages in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            score(scrapinghub, pred, scrapinghub.resolve("truth"), "html", work);
        }
        if (all || options.contains("pasted")) {
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
        if (!options.contains("--keep")) {
            deleteTree(work);
        } else {
            System.out.println("predictions kept in " + work);
        }
    }

    private static void score(Path scrapinghub, Path pred, Path truth, String name, Path work)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", scrapinghub.resolve("score.py").toString(), "--pred",
                pred.toString(), "--truth", truth.toString(), "--name", name, "--seed", "1",
                "--per-doc", work.resolve(name + ".tsv").toString())
                .inheritIO().start();
        if (p.waitFor() != 0) {
            System.out.println("score.py failed for " + name);
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
            java.util.Collections.reverse(all);
            for (Path f : all) {
                Files.delete(f);
            }
        }
    }
}
