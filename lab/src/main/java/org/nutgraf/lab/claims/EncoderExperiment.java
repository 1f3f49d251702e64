package org.nutgraf.lab.claims;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.nutgraf.claims.CheckWorthinessModel;
import org.nutgraf.lab.PartsRead;
import org.nutgraf.claims.ClaimFeatures;
import org.nutgraf.lab.claims.LogisticRegression.Example;
import org.nutgraf.lab.claims.LogisticRegression.Settings;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a contextual sentence encoder would add to the check-worthiness model (an experiment, not part of the
 * service): all-MiniLM-L6-v2 (quantised ONNX, 384 dimensions, through langchain4j) embeds every sentence; an
 * L2-regularised logistic regression over the embedding is fitted by Newton's method; the two models are combined
 * by averaging their logits. Settings fixed before looking at any figure: L2 1e-4, equal weights, so nothing here
 * is tuned on the data it reports. Prints the same measures as {@link ClaimsEvaluation} for the bundled recipe, the
 * encoder alone and the two combined, and the encoder's cost.
 */
@Command(name = "claims-encoder-experiment",
        description = {"What a MiniLM sentence encoder adds to check-worthiness",
                "all-MiniLM-L6-v2 embeddings in a logistic regression, alone and averaged with the model (about 5 min)."})
public final class EncoderExperiment extends ClaimSetsCommand {

    private static final double L2 = 1e-4;

    @picocli.CommandLine.Option(names = "--test",
            description = "also the CheckThat! 2019 test split's MAP (once per candidate that would ship)")
    private boolean test;

    @Override
    int run(List<ClaimSets.Labelled> ct, List<ClaimSets.Labelled> cb) {
        PrintWriter out = invocation.out();
        Map<ClaimSets.Labelled, Set<String>> f = new IdentityHashMap<>();
        ct.forEach(l -> f.put(l, ClaimFeatures.of(l.sentence())));
        cb.forEach(l -> f.put(l, ClaimFeatures.of(l.sentence())));

        long t0 = System.nanoTime();
        AllMiniLmL6V2QuantizedEmbeddingModel encoder = new AllMiniLmL6V2QuantizedEmbeddingModel();
        double load = (System.nanoTime() - t0) / 1e6;
        Map<ClaimSets.Labelled, double[]> e = new IdentityHashMap<>();
        long t1 = System.nanoTime();
        long words = 0;
        for (List<ClaimSets.Labelled> set : List.of(ct, cb)) {
            for (ClaimSets.Labelled l : set) {
                float[] v = encoder.embed(l.text()).content().vector();
                double[] d = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    d[i] = v[i];
                }
                e.put(l, d);
                words += l.sentence().tokens().size();
            }
        }
        double perSentence = (System.nanoTime() - t1) / 1e6 / e.size();
        out.printf(Locale.ROOT, "encoder: loaded in %.0f ms; %.2f ms per sentence (%.1f tokens on average), one thread%n",
                load, perSentence, words / (double) e.size());

        PartsRead.record("claimbuster", PartsRead.WHOLE);
        // ClaimBuster, 5-fold CV on the folds of ClaimsEvaluation; thresholds by nested CV as there
        int[] fold = ClaimsEvaluation.folds(cb.size());
        int k = ClaimsEvaluation.FOLDS;
        double[][] p = new double[3][cb.size()];
        double[][] thr = new double[3][k];
        for (int held = 0; held < k; held++) {
            List<ClaimSets.Labelled> train = new ArrayList<>();
            List<ClaimSets.Labelled> test = new ArrayList<>();
            for (int i = 0; i < cb.size(); i++) (fold[i] == held ? test : train).add(cb.get(i));
            double[][] s = scores(train, test, f, e);
            int j = 0;
            for (int i = 0; i < cb.size(); i++) {
                if (fold[i] == held) {
                    for (int m = 0; m < 3; m++) p[m][i] = s[m][j];
                    j++;
                }
            }
            List<List<double[]>> inner = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int in = 0; in < k; in++) {
                if (in == held) continue;
                List<ClaimSets.Labelled> tr = new ArrayList<>();
                List<ClaimSets.Labelled> te = new ArrayList<>();
                for (int i = 0; i < cb.size(); i++) {
                    if (fold[i] != held) (fold[i] == in ? te : tr).add(cb.get(i));
                }
                double[][] si = scores(tr, te, f, e);
                for (int m = 0; m < 3; m++) {
                    for (int i = 0; i < te.size(); i++) inner.get(m).add(new double[]{si[m][i], te.get(i).positive() ? 1 : 0});
                }
            }
            for (int m = 0; m < 3; m++) thr[m][held] = Confusion.bestThreshold(inner.get(m));
        }
        String[] names = {"Nutgraf (bundled recipe)", "MiniLM embedding, logistic regression", "the two, logits averaged"};
        out.println();
        out.println("ClaimBuster, 5-fold CV, positive class | F1 @0.5 | precision, recall, F1 at the nested-CV threshold");
        for (int m = 0; m < 3; m++) {
            List<double[]> all = new ArrayList<>();
            Confusion c = new Confusion();
            for (int i = 0; i < cb.size(); i++) {
                all.add(new double[]{p[m][i], cb.get(i).positive() ? 1 : 0});
                c.add(p[m][i] >= thr[m][fold[i]], cb.get(i).positive());
            }
            out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", names[m], Confusion.at(all, 0.5).f1(),
                    c.precision(), c.recall(), c.f1());
        }

        if (!test) {
            out.println();
            out.println("CheckThat! 2019 test split: not scored (--test scores it, once per candidate that would ship)");
            return 0;
        }
        ClaimSets.recordCheckThatTest();
        PartsRead.record("checkthat2019", "train");
        // CheckThat! 2019: trained on the train split and ClaimBuster (less the test split's sentences), test-split MAP
        Set<String> testTexts = new HashSet<>();
        ct.forEach(l -> {
            if (l.split().equals("test")) testTexts.add(ClaimSets.normalised(l.text()));
        });
        List<ClaimSets.Labelled> ctTrain = ct.stream().filter(l -> l.split().equals("train")).toList();
        List<ClaimSets.Labelled> cbTrain = cb.stream().filter(l -> !testTexts.contains(ClaimSets.normalised(l.text()))).toList();
        List<ClaimSets.Labelled> ctTest = ct.stream().filter(l -> l.split().equals("test")).toList();
        List<ClaimSets.Labelled> train = new ArrayList<>(ctTrain);
        train.addAll(cbTrain);
        Set<ClaimSets.Labelled> fromCheckThat = Collections.newSetFromMap(new IdentityHashMap<>());
        fromCheckThat.addAll(ctTrain);
        double[][] s = scores(train, ctTest, f, e, fromCheckThat);
        out.println();
        out.println("CheckThat! 2019 test split | MAP");
        for (int m = 0; m < 3; m++) {
            Map<ClaimSets.Labelled, Double> score = new IdentityHashMap<>();
            for (int i = 0; i < ctTest.size(); i++) {
                score.put(ctTest.get(i), s[m][i]);
            }
            out.printf(Locale.ROOT, "| %s | %.3f |%n", names[m], RankingMeasures.of(ctTest, score::get).map());
        }
        return 0;
    }

    private static double[][] scores(List<ClaimSets.Labelled> train, List<ClaimSets.Labelled> test,
                                     Map<ClaimSets.Labelled, Set<String>> f, Map<ClaimSets.Labelled, double[]> e) {
        return scores(train, test, f, e, Set.of());
    }

    /** Probabilities for the test rows: the linear model, the encoder model, and the two combined. */
    private static double[][] scores(List<ClaimSets.Labelled> train, List<ClaimSets.Labelled> test,
                                     Map<ClaimSets.Labelled, Set<String>> f, Map<ClaimSets.Labelled, double[]> e,
                                     Set<ClaimSets.Labelled> fromCheckThat) {
        List<Example> ex = new ArrayList<>();
        for (ClaimSets.Labelled l : train) {
            Set<String> x = f.get(l);
            if (fromCheckThat.contains(l)) {
                x = new TreeSet<>(x);
                x.add(Recipe.CHECKTHAT_SOURCE);
            }
            ex.add(new Example(x, l.positive(), 1.0));
        }
        CheckWorthinessModel linear = LogisticRegression.train(ex, Settings.DEFAULT);
        double[][] x = new double[train.size()][];
        double[] y = new double[train.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = withSource(e.get(train.get(i)), fromCheckThat.contains(train.get(i)));
            y[i] = train.get(i).positive() ? 1 : 0;
        }
        double[] w = LogisticRegression.dense(x, y, L2);
        double[][] out = new double[3][test.size()];
        for (int i = 0; i < test.size(); i++) {
            double a = linear.probability(f.get(test.get(i)));
            double b = sigmoid(dot(w, withSource(e.get(test.get(i)), false)));
            out[0][i] = a;
            out[1][i] = b;
            out[2][i] = sigmoid((logit(a) + logit(b)) / 2);
        }
        return out;
    }

    /** The embedding, then a source indicator (as the linear model's training-only feature), then the bias. */
    private static double[] withSource(double[] v, boolean checkThat) {
        double[] x = Arrays.copyOf(v, v.length + 2);
        x[v.length] = checkThat ? 1 : 0;
        x[v.length + 1] = 1;
        return x;
    }

    private static double dot(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < w.length; i++) z += w[i] * x[i];
        return z;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.log(q / (1 - q));
    }
}
