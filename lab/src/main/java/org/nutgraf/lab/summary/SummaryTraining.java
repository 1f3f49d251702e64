package org.nutgraf.lab.summary;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import org.nutgraf.lab.Invocation;
import org.nutgraf.lab.ModelHeader;
import org.nutgraf.lab.eval.Rouge;
import org.nutgraf.lab.summary.SummarySets.Item;
import org.nutgraf.lab.summary.SummarySets.Part;
import org.nutgraf.model.LinearModel;
import org.nutgraf.summary.Algorithm;
import org.nutgraf.summary.SentenceFeatures;
import org.nutgraf.summary.Summarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code summary-train}: learns the news scorer. Labels come from the greedy ROUGE oracle ({@link Oracle}) on the
 * train part of every summary set ({@link SummarySets}); LIBLINEAR fits an L2-regularised logistic regression over
 * {@link SentenceFeatures}, each source weighing the same (its articles repeated up to the largest source's count,
 * since LIBLINEAR takes no instance weights; else the 2,225 BBC articles would teach every source BBC's taste).
 * Two things are chosen on the dev part, by the worst source's ROUGE-1 above LEAD-3 (the bar is per source): the
 * regularisation, and the mix, all sources or all but one (a source left out is still judged on dev, so a mix wins
 * only by transferring); the choice is refitted on train and dev and written with its provenance. Test articles are
 * never read. The same data gives the same file, byte for byte.
 */
@Command(name = "summary-train",
        description = {"Trains the news scorer and writes it",
                "Oracle labels on cnn_val, bbc and writers (train part); regularisation chosen on their dev part."})
public final class SummaryTraining implements Callable<Integer> {

    /** Where the service reads the English model. */
    static final String RESOURCE = Track.ENGLISH.file();

    /** The lead-trust model's file name, beside the news scorer's: the tracks of several sources learn one. */
    static final String LEAD_TRUST_FILE = "lead-trust.tsv";

    /** The candidate inverse regularisation strengths, weakest last. */
    static final double[] COSTS = {0.01, 0.1, 1, 10};

    /** Oracle and summary length in English: three sentences, as the references are mostly three lines or more. */
    static final int K = Track.ENGLISH.k();

    /** The trainer, as the model files' headers name it. */
    public static final String LIBLINEAR = "LIBLINEAR 2.44 L2R_LR (org.nutgraf.lab.summary.SummaryTraining.fit)";

    /** The seed, as the headers record it: LIBLINEAR's own, reset before every fit. */
    public static final String SEED = "0 (LIBLINEAR's fixed seed, reset before every fit)";

    /** LIBLINEAR's stopping tolerance. */
    private static final double EPSILON = 0.001;

    @Mixin
    private Invocation run;

    @Parameters(arity = "0..1", paramLabel = "OUT",
            description = "where to write the model (default: the service's own for the track)")
    private Path out;

    @Option(names = "--track", defaultValue = "ENGLISH",
            description = "ENGLISH (default: cnn_val, bbc, writers at 3 sentences, read with CoreNLP) or LUCENE "
                    + "(orangesum at 1 sentence, read with Lucene, for every language Lucene reads)")
    private Track track;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "the first N articles of each set only (0, the default: all); for trying the command")
    private int limit;

    /** A labelled case (a sentence here; a pasted line for the line model). */
    public record Example(Map<String, Double> features, boolean positive) {
    }

    @Override
    public Integer call() throws IOException {
        if (!run.present(run.shared().data(track.sources().get(0)))) {
            return 0;
        }
        if (out == null) {
            out = Path.of(track.file());
        }
        int k = track.k();
        List<Part> parts = List.of(Part.TRAIN, Part.DEV);
        List<Item> items = SummarySets.read(run.shared(), track, parts, limit, run.err());
        String data = "the train and dev parts of " + String.join(", ", items.stream().map(Item::source).distinct()
                .toList()) + " (SummarySets; test parts and held-out sets not read): " + items.size() + " articles";
        String dataSha256 = ModelHeader.dataSha256(run.shared().root(), SummarySets.files(run.shared(), track, parts,
                limit));
        if (track.learnsLeadTrust()) {
            SourceHoldout.Result result = new SourceHoldout(track, run.out()).train(items);
            SourceHoldout.Gate gate = result.chosen().get(0).gate();
            write(result.news(), new ModelHeader(command(), data, dataSha256, LIBLINEAR, settings(gate.mix(),
                    gate.cost()), SEED), result.newsHeader(), out);
            Path trust = out.resolveSibling(LEAD_TRUST_FILE);
            write(result.trust(), new ModelHeader(command(), data, dataSha256, LIBLINEAR + ", C "
                    + SourceHoldout.TRUST_COST + ", scaled by SourceHoldout", result.chosen().get(3).setting(), SEED),
                    result.trustHeader(), trust);
            return 0;
        }
        Rouge rouge = track.rouge();
        List<Item> dev = items.stream().filter(i -> i.part() == Part.DEV).toList();
        // the oracle labels each article once; train is the train part of the same labels
        List<LabelledArticle> labelled = labelled(items, rouge, k);
        Map<String, List<List<Example>>> trainBySource = bySource(labelled.stream()
                .filter(a -> a.part() == Part.TRAIN).toList());
        Map<String, List<List<Example>>> allBySource = bySource(labelled);

        Summarizer lead = new Summarizer(new LinearModel(Map.of()));
        Map<String, Double> leadDev = new TreeMap<>();
        for (String source : track.sources()) {
            List<Item> part = dev.stream().filter(i -> i.source().equals(source)).toList();
            if (!part.isEmpty()) {
                leadDev.put(source, SummaryRuns.meanRouge1(SummaryRuns.run(part, lead, Algorithm.LEAD, k, rouge)));
            }
        }
        List<String> mixes = new ArrayList<>();
        mixes.add("all");
        if (trainBySource.size() > 1) {
            trainBySource.keySet().forEach(source -> mixes.add("without " + source));
        }
        StringBuilder choice = new StringBuilder("mix and C: dev R-1 above LEAD-" + k + " by source " + leadDev.keySet()
                + "; worst:");
        double bestGain = Double.NEGATIVE_INFINITY;
        double bestCost = COSTS[0];
        String bestMix = mixes.get(0);
        for (String mix : mixes) {
            List<Example> trainExamples = balanced(trainBySource, mix);
            for (double cost : COSTS) {
                Summarizer candidate = new Summarizer(fit(trainExamples, cost));
                List<Double> gains = new ArrayList<>();
                for (var e : leadDev.entrySet()) {
                    List<Item> part = dev.stream().filter(i -> i.source().equals(e.getKey())).toList();
                    gains.add(SummaryRuns.meanRouge1(SummaryRuns.run(part, candidate, Algorithm.NEWS, k, rouge))
                            - e.getValue());
                }
                double worst = gains.stream().mapToDouble(Double::doubleValue).min().orElse(0);
                choice.append(String.format(Locale.ROOT, "\n  %s, C=%s: %s; %+.2f", mix, cost, gains.stream()
                        .map(g -> String.format(Locale.ROOT, "%+.2f", g)).toList(), worst));
                if (worst > bestGain) {
                    bestGain = worst;
                    bestCost = cost;
                    bestMix = mix;
                }
            }
        }
        run.out().println(choice);
        List<Example> allExamples = balanced(allBySource, bestMix);
        LinearModel model = fit(allExamples, bestCost);
        long positives = allExamples.stream().filter(Example::positive).count();
        String remake = track == Track.ENGLISH ? "" : " --track=" + track;
        String header = String.join("\n",
                "Nutgraf news scorer: logistic regression over org.nutgraf.summary.SentenceFeatures.",
                "Remake: lab/run summary-train" + remake + " (org.nutgraf.lab.summary.SummaryTraining); the same data gives"
                        + " these bytes.",
                "Labels: greedy ROUGE oracle (mean of ROUGE-1 and ROUGE-2 F1, " + (rouge.unicodeTokens()
                        ? "Unicode tokens" : "Porter stems") + ") of up to " + k
                        + " sentences against each article's best-matching reference.",
                "Data: the train and dev parts of " + track.sources() + (track == Track.ENGLISH ? ""
                        : ", read by " + track.reader().annotators())
                        + " (SummarySets: SHA-256 of set/id mod 100,"
                        + " train < 60 <= dev < 80 <= test; test never read): " + items.size() + " articles; mix "
                        + bestMix + ", each source's articles repeated to the largest's count: " + allExamples.size()
                        + " sentences, " + positives + " positive.",
                "Fit: LIBLINEAR 2.44, L2R_LR, eps " + EPSILON + ", bias feature 1, C " + bestCost + "; mix and C chosen"
                        + " on dev (fitted on train) from " + mixes + " x " + java.util.Arrays.toString(COSTS) + " by",
                choice.toString());
        write(model, new ModelHeader(command(), data, dataSha256, LIBLINEAR, settings(bestMix, bestCost), SEED),
                header, out);
        return 0;
    }

    /** The command that remakes this run's files: the track and limit, not where they are written. */
    private String command() {
        return "lab/run summary-train" + (track == Track.ENGLISH ? "" : " --track=" + track)
                + (limit > 0 ? " --limit=" + limit : "");
    }

    private static String settings(String mix, double cost) {
        return "mix " + mix + ", C " + cost + ", eps " + EPSILON + ", bias feature 1, each source's articles repeated"
                + " to the largest's count";
    }

    private void write(LinearModel model, ModelHeader provenance, String header, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            model.write(w, provenance.keys(), header);
        }
        run.out().printf("wrote %s: %d weights%n", file, model.size());
    }

    /** An article's sentences, labelled by the oracle, with where the article comes from. */
    private record LabelledArticle(String source, Part part, List<Example> sentences) {
    }

    /** Every sentence of every article, labelled by the oracle, in the order of the articles. */
    private static List<LabelledArticle> labelled(List<Item> items, Rouge rouge, int k) {
        Oracle oracle = new Oracle(rouge);
        List<LabelledArticle> out = new ArrayList<>(items.size());
        for (Item item : items) {
            TreeSet<Integer> picked = oracle.pick(item.article().sentences(), item.references(), k);
            List<Map<String, Double>> features = SentenceFeatures.of(item.article());
            List<Example> article = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                article.add(new Example(features.get(i), picked.contains(i)));
            }
            out.add(new LabelledArticle(item.source(), item.part(), article));
        }
        return out;
    }

    /** The articles' labelled sentences grouped by source, in order. */
    private static Map<String, List<List<Example>>> bySource(List<LabelledArticle> articles) {
        Map<String, List<List<Example>>> bySource = new TreeMap<>();
        for (LabelledArticle a : articles) {
            bySource.computeIfAbsent(a.source(), s -> new ArrayList<>()).add(a.sentences());
        }
        return bySource;
    }

    /**
     * The examples of a mix ("all", or "without SOURCE"), each source's articles repeated in turn until it has as
     * many as the largest source of the mix, so that every source in it weighs the same.
     */
    private static List<Example> balanced(Map<String, List<List<Example>>> bySource, String mix) {
        Map<String, List<List<Example>>> kept = new TreeMap<>(bySource);
        kept.keySet().removeIf(source -> mix.equals("without " + source));
        return repeatedToLargest(kept).stream().flatMap(List::stream).toList();
    }

    /**
     * Each source's items, by source in the map's order, repeated in turn until the source has as many as the largest,
     * so that every source weighs the same in a fit that takes no instance weights (LIBLINEAR's).
     */
    static <T> List<T> repeatedToLargest(Map<String, List<T>> bySource) {
        int largest = bySource.values().stream().mapToInt(List::size).max().orElse(0);
        List<T> out = new ArrayList<>();
        for (List<T> items : bySource.values()) {
            for (int i = 0; i < largest; i++) {
                out.add(items.get(i % items.size()));
            }
        }
        return out;
    }

    /** LIBLINEAR's L2-regularised logistic regression over the examples, as named weights plus the bias. */
    public static LinearModel fit(List<Example> examples, double cost) {
        TreeSet<String> names = new TreeSet<>();
        examples.forEach(e -> names.addAll(e.features().keySet()));
        Map<String, Integer> index = new TreeMap<>();
        for (String name : names) {
            index.put(name, index.size() + 1);
        }
        int biasIndex = index.size() + 1;
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = biasIndex;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            TreeMap<Integer, Double> row = new TreeMap<>();
            e.features().forEach((name, value) -> row.put(index.get(name), value));
            Feature[] x = new Feature[row.size() + 1];
            int j = 0;
            for (var f : row.entrySet()) {
                x[j++] = new FeatureNode(f.getKey(), f.getValue());
            }
            x[j] = new FeatureNode(biasIndex, 1);
            problem.x[i] = x;
            problem.y[i] = e.positive() ? 1 : 0;
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, EPSILON));
        double[] w = model.getFeatureWeights();
        // LIBLINEAR's weights favour its first label; make them favour "in the summary"
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        Map<String, Double> weights = new TreeMap<>();
        index.forEach((name, i) -> weights.put(name, round(sign * w[i - 1])));
        weights.put(LinearModel.BIAS, round(sign * w[biasIndex - 1]));
        return new LinearModel(weights);
    }

    /** Four decimals, as the file stores them, so a candidate scored on dev is the model that would be written. */
    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
