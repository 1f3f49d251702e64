package org.nutgraf.lab.bench;

import org.nutgraf.extract.ExtractedArticle;
import org.nutgraf.extract.HtmlArticleExtractor;
import org.nutgraf.extract.PastedTextCleaner;
import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.PartsRead;
import org.nutgraf.lab.extract.RenderedCopies;
import org.nutgraf.lab.summary.SummarySets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code extract-eval}: scores both extractors with each benchmark's own rule (run with python3): HTML extraction on the
 * ScrapingHub pages ({@code score.py}) and the WCXB pages ({@code score_wcxb.py}); pasted-text cleaning on the 20
 * pasted samples and on the WCXB and ScrapingHub pages rendered and copied whole. Only the pages of the train and dev
 * parts ({@link SummarySets#part}) are read unless {@code --unseen}. The pages are not ours to ship, so this lives in
 * the lab, not with the service's tests.
 */
@Command(name = "extract-eval", sortOptions = false,
        description = {"Extraction F1 on ScrapingHub, WCXB and pasted pages",
                "The HTML extractor on the ScrapingHub and WCXB pages, the pasted-text cleaner on the pasted samples "
                        + "and on the WCXB pages rendered in Chromium and copied, each scored by its benchmark's own "
                        + "rule (score.py, score_wcxb.py; python3)."})
public final class ExtractionBenchmark implements Callable<Integer> {

    /** The parts the benchmark can run alone. */
    enum Part { html, pasted, wcxb, rendered }

    @Mixin
    private Invocation invocation;

    @Parameters(arity = "0..1", paramLabel = "SET",
            description = "one set only: ${COMPLETION-CANDIDATES} (default: all)")
    private Part only;

    @Option(names = "--unseen", description = "also read and score the WCXB and ScrapingHub test parts, which rules "
            + "are never tuned on, and ScrapingHub's pages all together as its benchmark publishes: once per extractor "
            + "that would ship (default: the train and dev parts only)")
    private boolean unseen;

    @Option(names = "--keep", description = "keep the folders of predictions and per-page scores (printed at the end)")
    private boolean keep;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path scrapinghub = invocation.shared().data("scrapinghub");
        Path pasted = invocation.shared().sample("pasted");
        PrintWriter out = invocation.out();
        // score.py lives with the pages, so every part needs them
        if (!invocation.present(scrapinghub) || (only == null || only == Part.pasted) && !invocation.present(pasted)) {
            return 0;
        }
        Path work = Files.createTempDirectory("nutgraf-extract-eval");
        Path wcxb = invocation.shared().data("wcxb_articles");
        for (Part part : List.of(Part.wcxb, Part.rendered)) {
            if (only != null && only != part) {
                continue;
            }
            if (!Files.isDirectory(wcxb)) {
                out.println("WCXB (" + part + "): skipped, " + wcxb + " is absent");
            } else if (part == Part.wcxb) {
                wcxb(wcxb, work);
            } else {
                rendered(wcxb, work);
            }
        }
        if (only == null || only == Part.html) {
            Path pred = Files.createDirectories(work.resolve("html"));
            Map<String, Path> truthByPart = new TreeMap<>();
            HtmlArticleExtractor extractor = new HtmlArticleExtractor();
            long t0 = System.nanoTime();
            int n = 0;
            for (Path page : list(scrapinghub.resolve("html"), ".html")) {
                String id = id(page, ".html");
                String part = partOf("scrapinghub", id);
                if (part == null) {
                    continue;
                }
                Path truth = truthByPart.computeIfAbsent(part, k -> createDirectories(work.resolve("html-truth-" + k)));
                Files.copy(scrapinghub.resolve("truth").resolve(id + ".txt"), truth.resolve(id + ".txt"));
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
            for (Map.Entry<String, Path> e : truthByPart.entrySet()) {
                out.println("ScrapingHub HTML extraction, " + e.getKey() + " part:");
                score(scrapinghub, pred, e.getValue(), "html-" + e.getKey(), work);
            }
            if (unseen) {
                out.println("ScrapingHub HTML extraction, all pages (the benchmark's own figure, as RESULTS.md):");
                score(scrapinghub, pred, scrapinghub.resolve("truth"), "html", work);
            } else {
                out.println("ScrapingHub HTML extraction, unseen part and all pages: not scored (--unseen scores them)");
            }
            out.println("Published (RESULTS.md), best five by F1: " + publishedBest(scrapinghub.resolve("RESULTS.md"), 5));
        }
        if (only == null || only == Part.pasted) {
            Path pred = Files.createDirectories(work.resolve("pasted"));
            Path truth = Files.createDirectories(work.resolve("pasted-truth"));
            PastedTextCleaner cleaner = new PastedTextCleaner();
            PartsRead.record("samples/pasted", PartsRead.WHOLE);
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

    /**
     * The WCXB development pages: extraction scored by the benchmark's {@code score_wcxb.py} on the part rules are
     * tuned on (train and dev by {@link SummarySets#part}) and on the part reported as unseen (test), and the
     * title, byline and date beside the truth's.
     */
    private void wcxb(Path wcxb, Path work) throws IOException, InterruptedException {
        PrintWriter out = invocation.out();
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        Path pred = Files.createDirectories(work.resolve("wcxb"));
        Map<String, Path> truthByPart = new TreeMap<>();
        int[][] metadata = new int[3][2];
        long t0 = System.nanoTime();
        int n = 0;
        for (Path page : list(wcxb.resolve("html"), ".html.gz")) {
            String id = id(page, ".html.gz");
            if (partOf("wcxb_articles", id) == null) {
                continue;
            }
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                html = in.readAllBytes();
            }
            ExtractedArticle article;
            try {
                article = extractor.extract(html, null);
            } catch (RuntimeException e) {
                invocation.err().println(id + ": " + e);
                article = null;
            }
            Files.writeString(pred.resolve(id + ".txt"), article == null ? "" : article.text(), StandardCharsets.UTF_8);
            Path json = wcxb.resolve("truth").resolve(id + ".json");
            addTruth(truthByPart, work, id, json);
            Map<String, String> fields = truthFields(Files.readString(json, StandardCharsets.UTF_8));
            count(metadata[0], fields.get("title"), article == null ? null : article.title(), false);
            count(metadata[1], fields.get("author"), article == null ? null : article.byline(), false);
            count(metadata[2], fields.get("publish_date"), article == null ? null : article.published(), true);
            n++;
        }
        out.printf("WCXB article pages: %d in %.1f s (%s); rules were tuned on the part SummarySets puts in train and "
                + "dev, the test part is unseen%n", n, (System.nanoTime() - t0) / 1e9,
                unseen ? "every part" : "the tuned part: the unseen part is read only with --unseen");
        scoreWcxb(wcxb, pred, truthByPart, "WCXB");
        String[] names = {"title", "byline", "date"};
        for (int i = 0; i < names.length; i++) {
            out.printf(java.util.Locale.ROOT, "WCXB %s, %s: %d of %d pages with one in the truth match it (%.3f)%n",
                    names[i], unseen ? "every part" : "tuned part", metadata[i][0], metadata[i][1], metadata[i][1] == 0 ? 0 : metadata[i][0] / (double) metadata[i][1]);
        }
        readmeLine(invocation.shared().root().resolve("data/README.md"), "wcxb_articles").ifPresent(
                line -> out.println("Published (data/README.md): " + line));
    }

    /** Files a page's truth under its part: rules are tuned on train and dev, the test part is unseen. */
    private static void addTruth(Map<String, Path> truthByPart, Path work, String id, Path json) throws IOException {
        String part = SummarySets.part("wcxb_articles", id) == SummarySets.Part.TEST ? "unseen" : "tuned";
        Path truth = truthByPart.computeIfAbsent(part, k -> createDirectories(work.resolve("wcxb-truth-" + k)));
        Files.copy(json, truth.resolve(id + ".json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** score_wcxb.py over each part's predictions; the unseen part only with --unseen. */
    private void scoreWcxb(Path wcxb, Path pred, Map<String, Path> truthByPart, String what)
            throws IOException, InterruptedException {
        PrintWriter out = invocation.out();
        if (!unseen) {
            out.println(what + " unseen part: not scored (--unseen scores it, once per candidate that would ship)");
        }
        for (Map.Entry<String, Path> e : truthByPart.entrySet()) {
            out.printf("%s %s part (score_wcxb.py):%n", what, e.getKey());
            out.flush();
            Process p = new ProcessBuilder("python3", wcxb.resolve("score_wcxb.py").toString(), "--pred",
                    pred.toString(), "--truth", e.getValue().toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                out.println("score_wcxb.py failed");
            }
        }
    }

    /**
     * The pasted-text cleaner on the WCXB and ScrapingHub pages as people paste them ({@link RenderedCopies}): rendered
     * in Chromium, selected whole and copied, and dumped by w3m as the shared pasted samples were. WCXB is scored by
     * score_wcxb.py beside the copy kept whole, so the cleaner's gain shows; ScrapingHub by score.py. Each on the part
     * the cleaner's line model was fitted and chosen on (train and dev by {@link SummarySets#part}), and with --unseen
     * on its test part.
     */
    private void rendered(Path wcxb, Path work) throws IOException, InterruptedException {
        PrintWriter out = invocation.out();
        PastedTextCleaner cleaner = new PastedTextCleaner();
        for (RenderedCopies.Renderer renderer : RenderedCopies.Renderer.values()) {
            String how = renderer == RenderedCopies.Renderer.CHROMIUM ? "copied from Chromium" : "dumped by w3m";
            java.util.Optional<Path> rendered = RenderedCopies.of("wcxb", renderer, wcxb.resolve("html"),
                    invocation.err());
            if (rendered.isEmpty()) {
                out.println("WCXB " + how + ": skipped, the pages could not be rendered");
                continue;
            }
            String name = renderer.name().toLowerCase(java.util.Locale.ROOT);
            Path pred = Files.createDirectories(work.resolve("wcxb-" + name));
            Path whole = Files.createDirectories(work.resolve("wcxb-" + name + "-whole"));
            Map<String, Path> truthByPart = new TreeMap<>();
            long t0 = System.nanoTime();
            int n = 0;
            for (Path copy : list(rendered.get(), ".txt")) {
                String id = id(copy, ".txt");
                Path json = wcxb.resolve("truth").resolve(id + ".json");
                if (!Files.exists(json) || partOf("wcxb_articles", id) == null) {
                    continue;
                }
                String raw = Files.readString(copy, StandardCharsets.UTF_8);
                Files.writeString(whole.resolve(id + ".txt"), raw, StandardCharsets.UTF_8);
                Files.writeString(pred.resolve(id + ".txt"), cleaner.clean(raw).body(), StandardCharsets.UTF_8);
                addTruth(truthByPart, work.resolve("rendered"), id, json);
                n++;
            }
            out.printf("WCXB pages %s: %d cleaned in %.1f s%n", how, n, (System.nanoTime() - t0) / 1e9);
            scoreWcxb(wcxb, whole, truthByPart, "Kept whole, WCXB " + how + ",");
            scoreWcxb(wcxb, pred, truthByPart, "Pasted-text cleaner, WCXB " + how + ",");
            renderedScrapinghub(cleaner, renderer, how, work);
        }
    }

    /** The same on the ScrapingHub pages, scored by score.py. */
    private void renderedScrapinghub(PastedTextCleaner cleaner, RenderedCopies.Renderer renderer, String how,
                                     Path work) throws IOException, InterruptedException {
        Path scrapinghub = invocation.shared().data("scrapinghub");
        java.util.Optional<Path> rendered = RenderedCopies.of("scrapinghub", renderer, scrapinghub.resolve("html"),
                invocation.err());
        if (rendered.isEmpty()) {
            return;
        }
        String name = renderer.name().toLowerCase(java.util.Locale.ROOT);
        Map<String, Path> predByPart = new TreeMap<>();
        Map<String, Path> truthByPart = new TreeMap<>();
        for (Path copy : list(rendered.get(), ".txt")) {
            String id = id(copy, ".txt");
            String part = partOf("scrapinghub", id);
            if (part == null) {
                continue;
            }
            Path pred = predByPart.computeIfAbsent(part,
                    k -> createDirectories(work.resolve("sh-" + name + "-" + k)));
            Path truth = truthByPart.computeIfAbsent(part, k -> createDirectories(work.resolve("sh-truth-" + k)));
            Files.writeString(pred.resolve(id + ".txt"),
                    cleaner.clean(Files.readString(copy, StandardCharsets.UTF_8)).body(), StandardCharsets.UTF_8);
            Files.copy(scrapinghub.resolve("truth").resolve(id + ".txt"), truth.resolve(id + ".txt"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (!unseen) {
            invocation.out().println("ScrapingHub " + how + ", unseen part: not scored (--unseen scores it)");
        }
        for (Map.Entry<String, Path> e : predByPart.entrySet()) {
            invocation.out().println("Pasted-text cleaner, ScrapingHub pages " + how + ", " + e.getKey() + " part:");
            score(scrapinghub, e.getValue(), truthByPart.get(e.getKey()), "sh-" + name + "-" + e.getKey(), work);
        }
    }

    /**
     * A page's part as the benchmark files it, {@code tuned} (train and dev by {@link SummarySets#part}) or
     * {@code unseen} (test), recorded as read; null for an unseen page without {@code --unseen}, which is left unread.
     */
    private String partOf(String set, String id) {
        SummarySets.Part part = SummarySets.part(set, id);
        if (part == SummarySets.Part.TEST && !unseen) {
            return null;
        }
        PartsRead.record(set, part);
        return part == SummarySets.Part.TEST ? "unseen" : "tuned";
    }

    /** Counts a truth value and whether ours matches it: normalised text, or for dates the same calendar day. */
    private static void count(int[] tally, String truth, String ours, boolean date) {
        if (truth == null || truth.isBlank()) {
            return;
        }
        tally[1]++;
        if (ours == null) {
            return;
        }
        boolean same = date ? day(truth).equals(day(ours)) && !day(truth).isEmpty()
                : normal(truth).equals(normal(ours));
        tally[0] += same ? 1 : 0;
    }

    private static String normal(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String day(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(s);
        return m.find() ? m.group() : "";
    }

    /** The string fields of a truth file, by a small scanner (one level, escapes decoded). */
    private static Map<String, String> truthFields(String json) {
        Map<String, String> fields = new TreeMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\"(title|author|publish_date)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        while (m.find()) {
            fields.putIfAbsent(m.group(1), unescape(m.group(2)));
        }
        return fields;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                switch (d) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> b.append(d);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The best published tools of RESULTS.md by F1, as "name F1" pairs. */
    private static String publishedBest(Path results, int n) throws IOException {
        if (!Files.exists(results)) {
            return "(RESULTS.md absent)";
        }
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^\\s+(\\S+)\\s+\\S+\\s+([0-9.]+) ±");
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            java.util.regex.Matcher m = row.matcher(line);
            if (m.find()) {
                rows.add(new String[] {m.group(1), m.group(2)});
            }
        }
        rows.sort((a, b) -> b[1].compareTo(a[1]));
        return String.join(", ", rows.stream().limit(n).map(r -> r[0] + " " + r[1]).toList());
    }

    /** The line of the shared data README that names a set, for its published figures. */
    private static java.util.Optional<String> readmeLine(Path readme, String set) throws IOException {
        if (!Files.exists(readme)) {
            return java.util.Optional.empty();
        }
        return Files.readAllLines(readme, StandardCharsets.UTF_8).stream().filter(l -> l.contains("`" + set + "/`"))
                .findFirst();
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
