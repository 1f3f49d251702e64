package org.nutgraf.lab.claims;

import org.nutgraf.lab.Timing;
import org.nutgraf.nlp.ArticleReader;
import org.nutgraf.nlp.PipelineSettings;
import org.nutgraf.nlp.Pipelines;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The cost of extra CoreNLP annotators on PolNeAR train ({@code speakers-eval --cost}): the claims pipeline with
 * each added, one at a time, timed on every tenth train article after {@value #WARM_UP} warm-up articles, the claims
 * pipeline alone first and again last.
 */
final class AnnotatorCost {

    private static final int WARM_UP = 20;

    private AnnotatorCost() {
    }

    /** Prints the table for the annotators in {@code cost} (each joined with + when they go together). */
    static int print(Path root, List<String> cost, PrintWriter out, PrintWriter err) throws IOException {
        Path textDir = root.resolve("text").resolve("train");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(textDir)) {
            List<Path> sorted = files.sorted().toList();
            for (int i = 0; i < sorted.size(); i += 10) {
                texts.add(Files.readString(sorted.get(i), StandardCharsets.UTF_8));
            }
        }
        PipelineSettings base = PipelineSettings.bundled(Pipelines.Need.CLAIMS);
        out.println("## Cost of annotators on PolNeAR train (" + texts.size() + " articles, every tenth, one thread, each pipeline "
                + "after " + WARM_UP + " warm-up articles; the claims pipeline first and again last)");
        out.println();
        out.println("| pipeline | ms per article p50 | total s | load ms |");
        out.println("|---|---|---|---|");
        List<String> extras = new ArrayList<>();
        extras.add("");
        extras.addAll(cost);
        extras.add("");
        for (String extra : extras) {
            Map<String, String> props = new TreeMap<>(base.properties());
            if (extra.equals("quote")) {
                props.put("quote.attributeQuotes", "false");
            }
            PipelineSettings settings = new PipelineSettings(extra.isEmpty() ? base.annotators()
                    : base.annotators() + "," + extra.replace('+', ','), props);
            ArticleReader reader = ArticleReader.load(settings);
            for (int i = 0; i < Math.min(WARM_UP, texts.size()); i++) {
                reader.read(texts.get(i), null);
            }
            double[] ms = new double[texts.size()];
            for (int i = 0; i < texts.size(); i++) {
                long t0 = System.nanoTime();
                reader.read(texts.get(i), null);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            double total = Arrays.stream(ms).sum() / 1000;
            out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %d |%n", settings.annotators(), Timing.median(ms), total,
                    reader.loadMillis());
            out.flush();
            err.flush();
        }
        return 0;
    }
}
