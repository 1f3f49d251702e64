package org.nutgraf.lab.language;

import org.nutgraf.app.LanguagePolicy;
import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.PartsRead;
import org.nutgraf.lab.summary.SummarySets;
import org.nutgraf.lab.summary.SummarySets.Part;
import org.nutgraf.nlp.DetectedLanguage;
import org.nutgraf.nlp.LanguageIdentifier;
import org.nutgraf.nlp.LuceneReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code language-eval}: how well the service tells an article's language, and the two thresholds that decide when a
 * guess is trusted ({@link LanguagePolicy#MIN_WORDS}, {@link LanguagePolicy#MIN_CONFIDENCE}).
 * <p>
 * Texts: the English articles of cnn_val, bbc and writers, the French articles of orangesum, and the English,
 * German and Italian sentences of the subjectivity set; each article also as its first 3, 5, 8, 12, 20 and 40 words,
 * since callers send short texts too. Each text's part is {@link SummarySets#part} of its set and id (train, dev,
 * test). The rule, fixed before any figure was printed: over a grid of the two thresholds, on train and dev, keep the
 * pairs whose English texts are refused (trusted and not detected as English) at most once in a thousand, and take
 * the one that refuses the most non-English texts; ties go to the smaller thresholds. The test part is read only with
 * {@code --test}, and then reports the choice (once per candidate that would ship).
 */
@Command(name = "language-eval",
        description = {"Language detection: accuracy and the trust thresholds",
                "English, French, German and Italian texts and their short prefixes; thresholds chosen on train and "
                        + "dev; the test part only with --test."})
public final class LanguageEvaluation implements Callable<Integer> {

    private static final int[] PREFIXES = {3, 5, 8, 12, 20, 40};
    private static final int[] WORD_GRID = {1, 3, 5, 8, 12, 16, 20, 30};
    private static final double[] CONFIDENCE_GRID = {0, 0.02, 0.03, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    /** The most English texts a choice may refuse. */
    private static final double MAX_ENGLISH_REFUSED = 0.001;

    @Mixin
    private Invocation invocation;

    @Option(names = "--test", description = "also read the test part of every set and report the chosen thresholds "
            + "on it (once per candidate that would ship); default: train and dev only")
    private boolean test;

    /** Judges a text when its part may be read, recording the part. */
    private void judge(List<Judged> judged, String set, String language, Part part, int words, Supplier<DetectedLanguage> guess) {
        if (part == Part.TEST && !test) {
            return;
        }
        PartsRead.record(set.replaceFirst("@.*", ""), part);
        judged.add(new Judged(set, language, part, words, guess.get()));
    }

    /** One text with its true language and what the detector said. */
    record Judged(String set, String language, Part part, int words, DetectedLanguage guess) {
    }

    @Override
    public Integer call() throws IOException {
        Path subjectivity = invocation.shared().data("subjectivity").resolve("sentences.tsv");
        if (!invocation.present(subjectivity)) {
            return 0;
        }
        PrintWriter out = invocation.out();
        long heapBefore = usedHeap();
        long l0 = System.nanoTime();
        LanguageIdentifier identifier = LanguageIdentifier.bundled();
        double detectorLoad = (System.nanoTime() - l0) / 1e6;
        long detectorHeap = usedHeap() - heapBefore;
        out.printf(Locale.ROOT, "Detector model loaded in %.0f ms, %.1f MB of heap after a full GC%n", detectorLoad,
                detectorHeap / 1e6);
        double slowest = 0;
        String slowestLanguage = "";
        long readersBefore = usedHeap();
        List<LuceneReader> readers = new ArrayList<>();
        for (String tag : LuceneReader.languages()) {
            long r0 = System.nanoTime();
            LuceneReader reader = LuceneReader.of(tag);
            reader.read("Lorem ipsum dolor sit amet. Consectetur adipiscing elit.", null);
            double ms = (System.nanoTime() - r0) / 1e6;
            readers.add(reader);
            if (ms > slowest) {
                slowest = ms;
                slowestLanguage = tag;
            }
        }
        out.printf(Locale.ROOT, "Lucene readers for all %d languages made and first used: %.1f MB of heap in all; "
                + "slowest first use %.0f ms (%s)%n%n", readers.size(), (usedHeap() - readersBefore) / 1e6, slowest,
                slowestLanguage);
        List<Judged> judged = new ArrayList<>();
        long t0 = System.nanoTime();
        for (String[] set : new String[][] {{"cnn_val", "en"}, {"bbc", "en"}, {"writers", "en"}, {"orangesum", "fr"}}) {
            Path dir = invocation.shared().data(set[0]).resolve("articles");
            if (!Files.isDirectory(dir)) {
                invocation.err().println("skipped: " + dir + " is absent");
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    Part part = SummarySets.part(set[0], id);
                    String[] words = text.strip().split("\\s+");
                    for (int n : PREFIXES) {
                        if (words.length > n) {
                            String prefix = String.join(" ", List.of(words).subList(0, n));
                            judge(judged, set[0] + "@" + n, set[1], part, n, () -> identifier.detect(prefix));
                        }
                    }
                    judge(judged, set[0], set[1], part, words.length, () -> identifier.detect(text));
                }
            }
        }
        {
            List<String> lines = Files.readAllLines(subjectivity, StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split("\t", -1));
            for (String line : lines.subList(1, lines.size())) {
                String[] r = line.split("\t", -1);
                if (r.length != header.size()) {
                    continue;
                }
                String text = r[header.indexOf("sentence")];
                judge(judged, "subjectivity", r[header.indexOf("lang")],
                        SummarySets.part("subjectivity", r[header.indexOf("id")]),
                        text.strip().split("\\s+").length, () -> identifier.detect(text));
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6 / judged.size();
        out.printf(Locale.ROOT, "%,d texts judged, %.2f ms each on average (reading the files included)%n%n",
                judged.size(), ms);

        out.println(test ? "## Detected correctly, all parts, by set and length (words)"
                : "## Detected correctly, train and dev parts, by set and length (words)");
        out.println();
        out.println("| set | texts | correct |");
        out.println("|---|---|---|");
        Map<String, int[]> bySet = new TreeMap<>();
        for (Judged j : judged) {
            int[] c = bySet.computeIfAbsent(j.set() + (j.set().equals("subjectivity") ? " (" + j.language() + ")" : ""),
                    k -> new int[2]);
            c[0]++;
            c[1] += j.guess().tag().equals(j.language()) ? 1 : 0;
        }
        bySet.forEach((k, c) -> out.printf(Locale.ROOT, "| %s | %,d | %.3f |%n", k, c[0], c[1] / (double) c[0]));
        out.println();

        List<Judged> development = judged.stream().filter(j -> j.part() != Part.TEST).toList();
        List<Judged> test = judged.stream().filter(j -> j.part() == Part.TEST).toList();
        int bestWords = -1;
        double bestConfidence = -1;
        double bestCaught = -1;
        out.println("## The grid, train and dev: English refused, other languages refused");
        out.println();
        out.println("| min words | min confidence | English refused | others refused |");
        out.println("|---|---|---|---|");
        for (int w : WORD_GRID) {
            for (double c : CONFIDENCE_GRID) {
                double[] r = refused(development, w, c);
                out.printf(Locale.ROOT, "| %d | %.2f | %.4f | %.4f |%n", w, c, r[0], r[1]);
                if (r[0] <= MAX_ENGLISH_REFUSED && r[1] > bestCaught) {
                    bestCaught = r[1];
                    bestWords = w;
                    bestConfidence = c;
                }
            }
        }
        out.println();
        out.printf(Locale.ROOT, "Chosen on train and dev: min words %d, min confidence %.2f (the service has %d and %.2f)%n",
                bestWords, bestConfidence, LanguagePolicy.MIN_WORDS, LanguagePolicy.MIN_CONFIDENCE);
        if (!this.test) {
            out.println("Test part: not read (--test reads it, once per candidate that would ship)");
            return 0;
        }
        double[] r = refused(test, bestWords, bestConfidence);
        out.printf(Locale.ROOT, "Test (clean): English refused %.4f of %,d; other languages refused %.4f of %,d%n",
                r[0], test.stream().filter(j -> j.language().equals("en")).count(), r[1],
                test.stream().filter(j -> !j.language().equals("en")).count());
        return 0;
    }

    /** Heap in use after a full collection, in bytes (a rough figure: the JVM is asked, not forced, to collect). */
    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** The shares of English and of other texts that a policy with these thresholds refuses (English only read). */
    private static double[] refused(List<Judged> texts, int minWords, double minConfidence) {
        int english = 0;
        int englishRefused = 0;
        int others = 0;
        int othersRefused = 0;
        for (Judged j : texts) {
            boolean trusted = j.guess().words() >= minWords && j.guess().confidence() >= minConfidence;
            boolean refused = trusted && !j.guess().tag().equals("en");
            if (j.language().equals("en")) {
                english++;
                englishRefused += refused ? 1 : 0;
            } else {
                others++;
                othersRefused += refused ? 1 : 0;
            }
        }
        return new double[] {english == 0 ? 0 : englishRefused / (double) english,
                others == 0 ? 0 : othersRefused / (double) others};
    }
}
