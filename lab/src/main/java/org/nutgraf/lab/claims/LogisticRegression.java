package org.nutgraf.lab.claims;

import org.nutgraf.claims.CheckWorthinessModel;
import org.nutgraf.model.LinearModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains the check-worthiness model: L2-regularised logistic regression over binary features scaled by their
 * Naive-Bayes log-count ratio (NBSVM, Wang and Manning 2012), fitted by stochastic gradient descent with AdaGrad
 * step sizes; the scale is folded into the weights, so the model is a plain list of weights. Deterministic: features are indexed in name order and
 * examples visited in an order drawn from a fixed seed, so the same data always gives the same weights.
 */
public final class LogisticRegression {

    /** One labelled sentence: its features, whether it is check-worthy, and how much it counts. */
    public record Example(Collection<String> features, boolean positive, double weight) {
    }

    /**
     * Training settings.
     *
     * @param epochs       passes over the data
     * @param learningRate AdaGrad's base step
     * @param l2           L2 penalty per update on every weight but the bias
     * @param minCount     features seen in fewer examples are left out of the model
     * @param seed         seed for the order examples are visited in
     * @param nbFloor      the least Naive-Bayes scale a feature gets, so that even features seen as often in
     *                     both classes can still learn a weight
     */
    public record Settings(int epochs, double learningRate, double l2, int minCount, long seed, double nbFloor) {

        /** The settings the bundled model was trained with. */
        public static final Settings DEFAULT = new Settings(12, 0.05, 1e-5, 2, 20190101L, 0.1);
    }

    private LogisticRegression() {
    }

    /** Fits weights to the examples. */
    public static CheckWorthinessModel train(List<Example> examples, Settings s) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> index = new TreeMap<>();
        counts.forEach((name, n) -> {
            if (n >= s.minCount() || name.equals(LinearModel.BIAS)) {
                index.put(name, names.size());
                names.add(name);
            }
        });
        int[][] x = new int[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = examples.get(i).features().stream().filter(index::containsKey).mapToInt(index::get)
                    .sorted().toArray();
        }
        int bias = index.getOrDefault(LinearModel.BIAS, -1);
        double[] scale = new double[names.size()];
        java.util.Arrays.fill(scale, 1.0);
        // Naive-Bayes scaling (Wang and Manning's NBSVM): each feature counts by how unevenly it splits the classes.
        {
            double[] pos = new double[names.size()];
            double[] neg = new double[names.size()];
            double np = 0;
            double nn = 0;
            for (int i = 0; i < x.length; i++) {
                for (int j : x[i]) {
                    if (examples.get(i).positive()) {
                        pos[j] += examples.get(i).weight();
                    } else {
                        neg[j] += examples.get(i).weight();
                    }
                }
                if (examples.get(i).positive()) {
                    np += examples.get(i).weight();
                } else {
                    nn += examples.get(i).weight();
                }
            }
            for (int j = 0; j < scale.length; j++) {
                if (j != bias) {
                    scale[j] = Math.max(s.nbFloor(), Math.abs(Math.log(((pos[j] + 1) / (np + 1)) / ((neg[j] + 1) / (nn + 1)))));
                }
            }
        }
        double[] w = new double[names.size()];
        double[] g2 = new double[names.size()];
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(s.seed());
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int i : order) {
                Example e = examples.get(i);
                double z = 0;
                for (int j : x[i]) {
                    z += w[j] * scale[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = (p - (e.positive() ? 1 : 0)) * e.weight();
                for (int j : x[i]) {
                    double grad = g * scale[j] + (j == bias ? 0 : s.l2() * w[j]);
                    g2[j] += grad * grad;
                    w[j] -= s.learningRate() * grad / Math.sqrt(g2[j] + 1e-8);
                }
            }
        }
        for (int j = 0; j < w.length; j++) {
            w[j] *= scale[j];
        }
        Map<String, Double> weights = new TreeMap<>();
        for (int j = 0; j < w.length; j++) {
            // Weights under 0.001 move no probability by more than a rounding error, and would only add lines.
            if (Math.abs(w[j]) >= 1e-3) {
                weights.put(names.get(j), w[j]);
            }
        }
        return new CheckWorthinessModel(weights);
    }

    /**
     * L2-regularised logistic regression over dense real features by Newton's method, at most 15 steps: the last
     * column of {@code x} is the bias, unpenalised; the penalty is {@code l2} times the mean loss's scale.
     * Deterministic. Returns one weight per column.
     */
    public static double[] dense(double[][] x, double[] y, double l2) {
        int d = x[0].length;
        int n = x.length;
        double[] w = new double[d];
        for (int it = 0; it < 15; it++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int a = 0; a < d; a++) {
                    z += w[a] * x[i][a];
                }
                double p = 1 / (1 + Math.exp(-z));
                double r = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    g[a] += (p - y[i]) * x[i][a];
                    double ra = r * x[i][a];
                    if (ra == 0) continue;
                    for (int b = a; b < d; b++) h[a][b] += ra * x[i][b];
                }
            }
            for (int a = 0; a < d; a++) {
                g[a] /= n;
                for (int b = a; b < d; b++) {
                    h[a][b] /= n;
                    h[b][a] = h[a][b];
                }
                if (a < d - 1) {
                    g[a] += l2 * w[a];
                    h[a][a] += l2;
                } else {
                    h[a][a] += 1e-9;
                }
            }
            double[] step = solve(h, g);
            double norm = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                norm = Math.max(norm, Math.abs(step[a]));
            }
            if (norm < 1e-6) {
                break;
            }
        }
        return w;
    }

    /** Solves h s = g by Cholesky (h is symmetric positive definite). */
    private static double[] solve(double[][] h, double[] g) {
        int d = g.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = h[i][j];
                for (int k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
                l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
            }
        }
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            double sum = g[i];
            for (int k = 0; k < i; k++) sum -= l[i][k] * z[k];
            z[i] = sum / l[i][i];
        }
        double[] s = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double sum = z[i];
            for (int k = i + 1; k < d; k++) sum -= l[k][i] * s[k];
            s[i] = sum / l[i][i];
        }
        return s;
    }

}
