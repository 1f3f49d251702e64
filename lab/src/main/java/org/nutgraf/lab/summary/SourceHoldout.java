package org.nutgraf.lab.summary;

import org.nutgraf.lab.eval.Rouge;
import org.nutgraf.lab.eval.RougeScores;
import org.nutgraf.lab.summary.SummarySets.Item;
import org.nutgraf.lab.summary.SummarySets.Part;
import org.nutgraf.lab.summary.SummaryTraining.Example;
import org.nutgraf.model.LinearModel;
import org.nutgraf.summary.Algorithm;
import org.nutgraf.summary.LeadTrust;
import org.nutgraf.summary.SentenceFeatures;
import org.nutgraf.summary.Summarizer;
import org.nutgraf.summary.Summary;
import org.nutgraf.summary.SummaryBudget;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The news scorer and its lead trust, chosen by the publisher left out. For every setting in the grid and every
 * source X of the track: fit on the train parts of the other sources, summarise the dev part of X, and take the
 * margin over the lead (ROUGE-1 and ROUGE-2 F1 x100); a setting is judged by its worst source, and by the worse of
 * its two margins there, so a setting wins only by holding on a publisher it never saw. Ties (settings that give the
 * lead on every article tie at zero) go to the better mean. Four stages, each keeping what the last chose among its
 * candidates, so a stage cannot lose on dev to the one before: (1) the mix of sources, the regularisation and a
 * constant lead bonus; (2) the lead-trust model's scale on top of a bonus; (3) the bonus taken off a lead sentence
 * that names none of the article's top keywords, then off one that shares no word with the headline; (4) the bonus
 * taken off a lead of one sentence, judged at one sentence over LEAD-1. The choice is refitted on the train and dev
 * parts of the chosen mix. Test parts and the unseen sets are never read here.
 */
final class SourceHoldout {

    /** The constant lead bonuses tried, in the news scorer's log-odds; the largest gives the lead almost always. */
    static final double[] ALPHAS = {0, 0.5, 1, 1.5, 2, 3, 4, 6};

    /** The shares of the bonus tried in stages 3 and 4. */
    static final double[] SHARES = {0, 0.25, 0.5, 0.75, 1};

    /** The scales of the lead-trust model's log-odds tried on top of a bonus. */
    static final double[] BETAS = {0.5, 1, 2};

    /** One sentence: the second length every setting is measured at. */
    private static final SummaryBudget ONE = new SummaryBudget(1, null, null, null);

    /** The regularisation of the lead-trust model (few features, thousands of articles: it matters little). */
    static final double TRUST_COST = 1;

    /** One article, read, labelled and featured once. */
    private record Prepared(Item item, List<Map<String, Double>> features, List<Example> examples,
                            Map<String, Double> trustFeatures, RougeScores lead, RougeScores leadOne) {
    }

    /** The settings of stages 1 and 2: the mix of sources, C, the constant bonus and the trust model's scale. */
    record Gate(String mix, double cost, double alpha, double beta) {
    }

    /**
     * A setting's margins over the lead on the dev part of each source left out, by source.
     *
     * @param setting  the setting as the tables print it
     * @param gate     what stages 1 and 2 set in it
     * @param bySource margins at the track's length, then at one sentence
     */
    record Margins(String setting, Gate gate, Map<String, double[]> bySource) {

        /** The worst source's worse margin. */
        double worst() {
            return bySource.values().stream().mapToDouble(m -> Math.min(m[0], m[1])).min().orElse(0);
        }

        /** The mean over sources of both margins. */
        double mean() {
            return bySource.values().stream().mapToDouble(m -> (m[0] + m[1]) / 2).average().orElse(0);
        }

        boolean beats(Margins other) {
            double w = Math.round(worst() * 100) / 100.0;
            double o = Math.round(other.worst() * 100) / 100.0;
            return w > o || (w == o && mean() > other.mean());
        }

        String line() {
            return String.format(Locale.ROOT, "  %s: %s; worst %+.2f, mean %+.2f; at 1 sentence: %s", setting,
                    bySource.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %+.2f/%+.2f", e.getKey(),
                            e.getValue()[0], e.getValue()[1])).collect(Collectors.joining(", ")), worst(), mean(),
                    bySource.entrySet().stream().map(e -> String.format(Locale.ROOT, "%+.2f/%+.2f",
                            e.getValue()[2], e.getValue()[3])).collect(Collectors.joining(", ")));
        }
    }

    /** What training chose and wrote; {@code chosen}: the setting each stage chose, with its margins, in order. */
    record Result(LinearModel news, LinearModel trust, String newsHeader, String trustHeader, List<Margins> chosen) {
    }

    private final Function<Item, List<Map<String, Double>>> featuresOf;
    private final Track track;
    private final Rouge rouge;
    private final int k;
    private final SummaryBudget budget;
    private final PrintWriter out;

    SourceHoldout(Track track, PrintWriter out) {
        this(track, out, item -> SentenceFeatures.of(item.article()));
    }

    /**
     * With other sentence features: an experiment's, which adds its own to {@link SentenceFeatures} (the models it
     * makes are for comparing on dev, not for the service, which reads only {@link SentenceFeatures}).
     */
    SourceHoldout(Track track, PrintWriter out, Function<Item, List<Map<String, Double>>> featuresOf) {
        this.featuresOf = featuresOf;
        this.track = track;
        this.rouge = track.rouge();
        this.k = track.k();
        this.budget = new SummaryBudget(k, null, null, null);
        this.out = out;
    }

    Result train(List<Item> items) {
        Summarizer plain = new Summarizer(new LinearModel(Map.of()));
        Oracle oracle = new Oracle(rouge);
        List<Prepared> prepared = items.parallelStream().map(item -> {
            List<Map<String, Double>> features = featuresOf.apply(item);
            TreeSet<Integer> picked = oracle.pick(item.article().sentences(), item.references(), k);
            List<Example> examples = new ArrayList<>(features.size());
            for (int i = 0; i < features.size(); i++) {
                examples.add(new Example(features.get(i), picked.contains(i)));
            }
            List<Integer> lead = plain.leadPick(item.article(), budget, k);
            Summary leadSummary = plain.summarize(item.article(), Algorithm.LEAD, budget, k);
            Summary leadOne = plain.summarize(item.article(), Algorithm.LEAD, ONE, 1);
            return new Prepared(item, features, examples, LeadTrust.features(item.article(), features, lead),
                    score(item, leadSummary), score(item, leadOne));
        }).toList();
        List<String> sources = prepared.stream().map(p -> p.item().source()).distinct().sorted().toList();

        // stage 1: mix, regularisation and a constant bonus
        List<String> mixes = List.of("all", "without bbc");
        Map<String, LinearModel> models = new LinkedHashMap<>();
        List<Margins> stage1 = new ArrayList<>();
        for (String mix : mixes) {
            for (double cost : SummaryTraining.COSTS) {
                Map<Double, Map<String, double[]>> byAlpha = new TreeMap<>();
                for (String left : sources) {
                    LinearModel model = SummaryTraining.fit(balanced(prepared, Part.TRAIN, mix, left), cost);
                    models.put(key(mix, cost, left), model);
                    List<Prepared> dev = part(prepared, Part.DEV, left);
                    for (double alpha : ALPHAS) {
                        byAlpha.computeIfAbsent(alpha, a -> new TreeMap<>()).put(left,
                                margins(dev, new Summarizer(model, constant(alpha))));
                    }
                }
                byAlpha.forEach((alpha, m) -> stage1.add(new Margins(String.format(Locale.ROOT,
                        "%s, C=%s, bonus %s", mix, cost, alpha), new Gate(mix, cost, alpha, 0), m)));
                out.printf("stage 1: %s, C=%s done%n", mix, cost);
                out.flush();
            }
        }
        Margins best1 = best(stage1);
        String bestMix = best1.gate().mix();
        double bestCost = best1.gate().cost();
        out.println("stage 1 (mix, C, constant lead bonus), dev R-1/R-2 above LEAD-" + k
                + " of each source left out:");
        stage1.forEach(m -> out.println(m.line()));
        out.println("chosen: " + best1.setting());

        // stage 2: the lead-trust model, learnt per fold from the fold's own free summaries
        List<Margins> stage2 = new ArrayList<>();
        stage2.add(best1);
        Map<Gate, Map<String, double[]>> byGate = new LinkedHashMap<>();
        Map<String, LinearModel> trusts = new TreeMap<>();
        for (String left : sources) {
            LinearModel model = models.get(key(bestMix, bestCost, left));
            LinearModel trust = trust(model, train(prepared, Part.TRAIN, bestMix, left));
            trusts.put(left, trust);
            List<Prepared> dev = part(prepared, Part.DEV, left);
            for (double alpha : ALPHAS) {
                for (double beta : BETAS) {
                    byGate.computeIfAbsent(new Gate(bestMix, bestCost, alpha, beta), g -> new TreeMap<>()).put(left,
                            margins(dev, new Summarizer(model, new LeadTrust(scaled(trust, alpha, beta, 0)))));
                }
            }
        }
        byGate.forEach((gate, m) -> stage2.add(new Margins(String.format(Locale.ROOT,
                "%s, C=%s, bonus %s + %s x trust", gate.mix(), gate.cost(), gate.alpha(), gate.beta()), gate, m)));
        Margins best2 = best(stage2);
        double bestAlpha = best2.gate().alpha();
        double bestBeta = best2.gate().beta();
        out.println("stage 2 (lead trust: bonus + scale x the trust model's log-odds):");
        stage2.forEach(m -> out.println(m.line()));
        out.println("chosen: " + best2.setting());
        out.flush();

        // stage 3: less bonus for a lead sentence that names none of the article's topics, then for one that shares
        // no word with the headline, each chosen in turn
        Map<String, Double> reductions = new LinkedHashMap<>();
        List<List<Margins>> stage3 = new ArrayList<>();
        Margins best3 = best2;
        for (String feature : List.of(LeadTrust.OFF_TOPIC, LeadTrust.HEADLINE_MISSES)) {
            List<Margins> tried = new ArrayList<>();
            for (double share : SHARES) {
                double delta = round(-share * bestAlpha);
                Map<String, double[]> bySource = acrossSources(sources, prepared, left -> new Summarizer(
                        models.get(key(bestMix, bestCost, left)), new LeadTrust(with(with(scaled(trusts.get(left),
                        bestAlpha, bestBeta, 0), reductions), feature, delta))));
                tried.add(new Margins(best3.setting() + ", " + feature + " " + delta, best2.gate(), bySource));
            }
            best3 = best(tried);
            reductions.put(feature, round(-SHARES[tried.indexOf(best3)] * bestAlpha));
            stage3.add(tried);
            out.println("stage 3 (less bonus for a lead sentence with " + feature + "):");
            tried.forEach(m -> out.println(m.line()));
            out.println("chosen: " + best3.setting());
            out.flush();
        }

        // stage 4: the bonus when the lead is one sentence, judged at one sentence
        List<Margins> stage4 = new ArrayList<>();
        for (double share : SHARES) {
            double gamma = round(-share * bestAlpha);
            Map<String, double[]> bySource = new TreeMap<>(acrossSources(sources, prepared, left -> new Summarizer(
                    models.get(key(bestMix, bestCost, left)), new LeadTrust(with(scaled(trusts.get(left), bestAlpha,
                    bestBeta, gamma), reductions)))));
            bySource.replaceAll((source, margins) -> oneSentence(margins));
            stage4.add(new Margins(best3.setting() + ", one-sentence lead " + gamma, best2.gate(), bySource));
        }
        Margins best4 = best(stage4);
        double bestGamma = round(-SHARES[stage4.indexOf(best4)] * bestAlpha);
        out.println("stage 4 (the bonus when the lead is one sentence), dev R-1/R-2 above LEAD-1:");
        stage4.forEach(m -> out.println(m.line()));
        out.println("chosen: " + best4.setting());
        out.flush();

        // the choice, refitted on train and dev
        List<Prepared> all = prepared.stream().filter(p -> inMix(p, bestMix, null)).toList();
        List<Example> examples = balancedOf(all);
        LinearModel news = SummaryTraining.fit(examples, bestCost);
        // the trust model's weights count only when it earned a scale
        LinearModel trustFit = bestBeta == 0 ? new LinearModel(Map.of()) : trust(news, all);
        LinearModel trust = with(scaled(trustFit, bestAlpha, bestBeta, bestGamma), reductions);
        long positives = examples.stream().filter(Example::positive).count();
        String data = "Data: the train and dev parts of " + sources + " (SummarySets: SHA-256 of set/id mod 100,"
                + " train < 60 <= dev < 80 <= test; test never read; " + track.unseen() + " held out whole, never"
                + " read): " + prepared.size() + " articles";
        String choice = "Chosen by leave-one-source-out on dev (SourceHoldout): fit on the train parts of every source"
                + " but one, margin over LEAD-" + k + " (R-1/R-2 F1 x100) on the dev part of the one left out; judged"
                + " by the worst source's worse margin, ties by the mean.";
        String newsHeader = String.join("\n",
                "Nutgraf news scorer: logistic regression over org.nutgraf.summary.SentenceFeatures; weighed against the"
                        + " lead by summary/lead-trust.tsv.",
                "Remake: lab/run summary-train (org.nutgraf.lab.summary.SummaryTraining); the same data gives these"
                        + " bytes, and those of summary/lead-trust.tsv.",
                "Labels: greedy ROUGE oracle (mean of ROUGE-1 and ROUGE-2 F1, Porter stems) of up to " + k
                        + " sentences against each article's best-matching reference.",
                data + "; mix " + bestMix + ", each source's articles repeated to the largest's count: "
                        + examples.size() + " sentences, " + positives + " positive.",
                "Fit: LIBLINEAR 2.44, L2R_LR, eps 0.001, bias feature 1, C " + bestCost + ", from " + mixes + " x "
                        + java.util.Arrays.toString(SummaryTraining.COSTS) + ".",
                choice, "Stage 1 (mix, C, constant lead bonus):",
                stage1.stream().map(Margins::line).collect(Collectors.joining("\n")),
                "Chosen: " + best1.setting());
        String trustHeader = String.join("\n",
                "Nutgraf lead trust: the bonus, in the news scorer's log-odds, of the sentences the lead picks;"
                        + " features org.nutgraf.summary.LeadTrust.features.",
                "Remake: lab/run summary-train (org.nutgraf.lab.summary.SummaryTraining), with summary/news-scorer.tsv.",
                "Fit: logistic regression (LIBLINEAR 2.44, L2R_LR, C " + TRUST_COST + ") of 'LEAD-" + k
                        + " scores better than the news scorer's free choice (mean of R-1 and R-2 F1)' on the"
                        + " articles of the mix where the two differ, sources balanced; weights times " + bestBeta
                        + ", bias times " + bestBeta + " plus "
                        + bestAlpha + (bestBeta == 0 ? " (the trust model did not earn its place: a constant bonus)"
                        : "") + "; " + reductions + " (stage 3); " + LeadTrust.ONE_SENTENCE + " " + bestGamma
                        + " (stage 4).",
                data + "; mix " + bestMix + ".", choice,
                "Stage 2 (bonus + scale x the trust model's log-odds, with the news scorer of stage 1):",
                stage2.stream().map(Margins::line).collect(Collectors.joining("\n")),
                "Chosen: " + best2.setting(),
                "Stage 3 (less bonus for a lead sentence off the article's top keywords, then for one sharing no word"
                        + " with the headline):",
                stage3.stream().flatMap(List::stream).map(Margins::line).collect(Collectors.joining("\n")),
                "Chosen: " + best3.setting(),
                "Stage 4 (the bonus when the lead is one sentence; margins over LEAD-1 at one sentence):",
                stage4.stream().map(Margins::line).collect(Collectors.joining("\n")),
                "Chosen: " + best4.setting());
        return new Result(news, trust, newsHeader, trustHeader, List.of(best1, best2, best3, best4));
    }

    /** The margins, by source, of the summarizer each source left out gets, on that source's dev part. */
    private Map<String, double[]> acrossSources(List<String> sources, List<Prepared> prepared,
                                                Function<String, Summarizer> summarizerFor) {
        Map<String, double[]> bySource = new TreeMap<>();
        for (String left : sources) {
            bySource.put(left, margins(part(prepared, Part.DEV, left), summarizerFor.apply(left)));
        }
        return bySource;
    }

    /** The model with one more weight (none when it is 0). */
    private static LinearModel with(LinearModel model, String feature, double weight) {
        if (weight == 0) {
            return model;
        }
        Map<String, Double> w = new TreeMap<>(model.weights());
        w.put(feature, weight);
        return new LinearModel(w);
    }

    /** The model with more weights (those that are 0 left out). */
    private static LinearModel with(LinearModel model, Map<String, Double> weights) {
        LinearModel out = model;
        for (var e : weights.entrySet()) {
            out = with(out, e.getKey(), e.getValue());
        }
        return out;
    }

    private static String key(String mix, double cost, String left) {
        return mix + "|" + cost + "|" + left;
    }

    private static LeadTrust constant(double alpha) {
        return new LeadTrust(scaled(new LinearModel(Map.of()), alpha, 0, 0));
    }

    /**
     * The trust model's weights times beta, its bias times beta plus alpha, and gamma more when the lead is one
     * sentence, as the file stores them (with beta 0, the constant bonus alpha alone).
     */
    private static LinearModel scaled(LinearModel trust, double alpha, double beta, double gamma) {
        Map<String, Double> w = new TreeMap<>();
        if (beta != 0) {
            trust.weights().forEach((name, v) -> w.put(name, round(beta * v)));
        }
        if (gamma != 0) {
            w.merge(LeadTrust.ONE_SENTENCE, gamma, (a, b) -> round(a + b));
        }
        w.put(LinearModel.BIAS, round(alpha + beta * trust.weight(LinearModel.BIAS)));
        return new LinearModel(w);
    }

    /**
     * The lead-trust model of a news scorer: on each article where the news scorer's free choice (no bonus) and the
     * lead score differently, whether the lead scored better (mean of F1); a logistic regression of that
     * over {@link LeadTrust#features}, each source's articles repeated to the largest source's count as for the news
     * scorer. Articles where the two tie say nothing of when to trust the lead and are left out.
     */
    private LinearModel trust(LinearModel news, List<Prepared> articles) {
        Summarizer free = new Summarizer(news);
        List<Boolean> leadWins = articles.parallelStream().map(p -> {
            RougeScores own = score(p.item(), free.summarizeNews(p.item().article(), p.features(), budget, k));
            double leadScore = p.lead().rouge1().f1() + p.lead().rouge2().f1();
            double ownScore = own.rouge1().f1() + own.rouge2().f1();
            return Math.abs(leadScore - ownScore) < 1e-9 ? null : leadScore > ownScore;
        }).toList();
        Map<String, List<Example>> bySource = new TreeMap<>();
        for (int i = 0; i < articles.size(); i++) {
            if (leadWins.get(i) != null) {
                bySource.computeIfAbsent(articles.get(i).item().source(), s -> new ArrayList<>())
                        .add(new Example(articles.get(i).trustFeatures(), leadWins.get(i)));
            }
        }
        return SummaryTraining.fit(SummaryTraining.repeatedToLargest(bySource), TRUST_COST);
    }

    /** The one-sentence margins of {@link #margins} in the place of the track's. */
    private static double[] oneSentence(double[] margins) {
        return new double[]{margins[2], margins[3], margins[2], margins[3]};
    }

    /**
     * Mean margins of a summarizer's news summaries over the lead, R-1 and R-2 F1 x100, at the track's length and
     * then at one sentence.
     */
    private double[] margins(List<Prepared> dev, Summarizer summarizer) {
        double[] sums = dev.parallelStream().map(p -> {
            RougeScores s = score(p.item(), summarizer.summarizeNews(p.item().article(), p.features(), budget, k));
            RougeScores one = score(p.item(), summarizer.summarizeNews(p.item().article(), p.features(), ONE, 1));
            return new double[]{s.rouge1().f1() - p.lead().rouge1().f1(), s.rouge2().f1() - p.lead().rouge2().f1(),
                    one.rouge1().f1() - p.leadOne().rouge1().f1(), one.rouge2().f1() - p.leadOne().rouge2().f1()};
        }).reduce(new double[4], (a, b) -> new double[]{a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
        double[] means = new double[4];
        for (int i = 0; i < 4; i++) {
            means[i] = 100 * sums[i] / dev.size();
        }
        return means;
    }

    private RougeScores score(Item item, Summary summary) {
        String text = summary.sentences().stream().map(c -> c.sentence().text().replaceAll("\\s+", " "))
                .collect(Collectors.joining("\n"));
        return rouge.scoreBest(text, item.references());
    }

    private static Margins best(List<Margins> candidates) {
        Margins best = candidates.get(0);
        for (Margins m : candidates) {
            if (m.beats(best)) {
                best = m;
            }
        }
        return best;
    }

    private static boolean inMix(Prepared p, String mix, String left) {
        String source = p.item().source();
        return !source.equals(left) && !mix.equals("without " + source);
    }

    private static List<Prepared> part(List<Prepared> prepared, Part part, String source) {
        return prepared.stream().filter(p -> p.item().part() == part && p.item().source().equals(source)).toList();
    }

    private static List<Prepared> train(List<Prepared> prepared, Part part, String mix, String left) {
        return prepared.stream().filter(p -> p.item().part() == part && inMix(p, mix, left)).toList();
    }

    private static List<Example> balanced(List<Prepared> prepared, Part part, String mix, String left) {
        return balancedOf(train(prepared, part, mix, left));
    }

    /**
     * The labelled sentences of the articles, each source's articles repeated in turn until it has as many as the
     * largest source, so that every source weighs the same.
     */
    private static List<Example> balancedOf(List<Prepared> articles) {
        Map<String, List<Prepared>> bySource = new TreeMap<>();
        for (Prepared p : articles) {
            bySource.computeIfAbsent(p.item().source(), s -> new ArrayList<>()).add(p);
        }
        return SummaryTraining.repeatedToLargest(bySource).stream().flatMap(p -> p.examples().stream()).toList();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
