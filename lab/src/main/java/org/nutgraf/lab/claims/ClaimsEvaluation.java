package org.nutgraf.lab.claims;

import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.claims.CheckWorthinessModel;
import org.nutgraf.claims.ClaimFeatures;
import org.nutgraf.lab.claims.LogisticRegression;
import org.nutgraf.lab.claims.LogisticRegression.Example;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Prints how well check-worthiness is scored: CheckThat! 2019 test split ranked per debate (MAP, P@5, P@10,
 * R-Precision) with the bundled model, and ClaimBuster 5-fold cross-validation (precision, recall, F1 of the
 * positive class), each beside the baseline "has a number or a named entity".
 * Run: {@code ./mvnw -B -q -Pclaims-eval test-compile exec:java}.
 */
public final class ClaimsEvaluation {

    static final int FOLDS = 5;
    static final long FOLD_SEED = 5L;

    private ClaimsEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        ClaimSets.requireShared();
        List<ClaimSets.Labelled> checkThat = ClaimSets.checkThat();
        List<ClaimSets.Labelled> claimBuster = ClaimSets.claimBuster();
        Path file = Path.of(System.getProperty("model", "src/main/resources/" + CheckWorthinessModel.RESOURCE));
        CheckWorthinessModel model;
        try (InputStream in = Files.newInputStream(file)) {
            model = CheckWorthinessModel.read(in);
        }
        System.out.println("## CheckThat! 2019 task 1, test split (7 debates, 7,080 sentences, 136 check-worthy)");
        System.out.println();
        System.out.println("| system | MAP | P@5 | P@10 | R-Precision |");
        System.out.println("|---|---|---|---|---|");
        List<ClaimSets.Labelled> test = checkThat.stream().filter(l -> l.split().equals("test")).toList();
        printRanking("baseline: has a number or a named entity", test, l -> baseline(l.sentence()) ? 1 : 0);
        printRanking("Nutgraf (" + file + ")", test, l -> model.probability(ClaimFeatures.of(l.sentence())));
        System.out.println();

        System.out.printf("## ClaimBuster 2.5xNCS, %d-fold cross-validation (folds from seed %d), positive class,"
                + " threshold 0.5%n%n", FOLDS, FOLD_SEED);
        System.out.println("| system | precision | recall | F1 |");
        System.out.println("|---|---|---|---|");
        int[] fold = folds(claimBuster.size());
        int[] base = new int[3];
        for (int i = 0; i < fold.length; i++) {
            count(base, baseline(claimBuster.get(i).sentence()), claimBuster.get(i).positive());
        }
        printCounts("baseline: has a number or a named entity", base);
        crossValidate("Nutgraf, each fold's model trained on the other 4 folds", claimBuster, List.of(), fold);
        nestedThreshold(claimBuster, fold);
        crossValidate("Nutgraf, each fold's model trained on the other 4 folds + CheckThat! train split",
                claimBuster, checkThat, fold);
    }

    /** Trains one model per fold without that fold, and counts its answers on the fold. */
    private static void crossValidate(String name, List<ClaimSets.Labelled> claimBuster,
                                      List<ClaimSets.Labelled> checkThat, int[] fold) {
        double[] thresholds = {0.3, 0.4, 0.5};
        int[][] counts = new int[thresholds.length][3];
        for (int k = 0; k < FOLDS; k++) {
            Set<String> held = new HashSet<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) {
                    held.add(claimBuster.get(i).id());
                }
            }
            List<Example> train = ClaimsTraining.examples(checkThat, claimBuster, held);
            CheckWorthinessModel m = LogisticRegression.train(train, LogisticRegression.Settings.DEFAULT);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) {
                    ClaimSets.Labelled l = claimBuster.get(i);
                    double p = m.probability(ClaimFeatures.of(l.sentence()));
                    for (int t = 0; t < thresholds.length; t++) {
                        count(counts[t], p >= thresholds[t], l.positive());
                    }
                }
            }
        }
        printCounts(name, counts[thresholds.length - 1]);
        for (int t = 0; t < thresholds.length - 1; t++) {
            printCounts("(same, threshold " + thresholds[t] + ", for comparison only)", counts[t]);
        }
    }

    /**
     * Threshold chosen by nested cross-validation: for each outer fold, the 4 training folds score each other
     * (one model per inner fold, trained on the other 3), the threshold with the best F1 on those scores is kept,
     * and the outer fold is answered by the model trained on all 4 at that threshold. The outer fold is never seen.
     */
    private static void nestedThreshold(List<ClaimSets.Labelled> claimBuster, int[] fold) {
        int[] counts = new int[3];
        StringBuilder chosen = new StringBuilder();
        for (int k = 0; k < FOLDS; k++) {
            List<double[]> inner = new ArrayList<>();
            for (int j = 0; j < FOLDS; j++) {
                if (j == k) {
                    continue;
                }
                Set<String> held = new HashSet<>();
                for (int i = 0; i < fold.length; i++) {
                    if (fold[i] == k || fold[i] == j) {
                        held.add(claimBuster.get(i).id());
                    }
                }
                CheckWorthinessModel m = LogisticRegression.train(ClaimsTraining.examples(List.of(), claimBuster, held),
                        LogisticRegression.Settings.DEFAULT);
                for (int i = 0; i < fold.length; i++) {
                    if (fold[i] == j) {
                        inner.add(new double[]{m.probability(ClaimFeatures.of(claimBuster.get(i).sentence())),
                                claimBuster.get(i).positive() ? 1 : 0});
                    }
                }
            }
            double best = 0.5;
            double bestF1 = -1;
            for (int t = 10; t <= 90; t += 2) {
                int[] c = new int[3];
                for (double[] x : inner) {
                    count(c, x[0] >= t / 100.0, x[1] > 0);
                }
                double f1 = 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = t / 100.0;
                }
            }
            chosen.append(k == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.2f", best));
            Set<String> held = new HashSet<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) {
                    held.add(claimBuster.get(i).id());
                }
            }
            CheckWorthinessModel m = LogisticRegression.train(ClaimsTraining.examples(List.of(), claimBuster, held),
                    LogisticRegression.Settings.DEFAULT);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) {
                    count(counts, m.probability(ClaimFeatures.of(claimBuster.get(i).sentence())) >= best,
                            claimBuster.get(i).positive());
                }
            }
        }
        printCounts("(same, threshold chosen by nested CV inside the training folds: " + chosen + ")", counts);
    }

    /** The reader's baseline: a number (a CD tag) or a named entity anywhere in the sentence. */
    static boolean baseline(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.tag().equals("CD") || t.isEntity()) {
                return true;
            }
        }
        return !s.entities().isEmpty();
    }

    /** Each ClaimBuster row's fold: a seeded shuffle of the row numbers, dealt round-robin. */
    static int[] folds(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(FOLD_SEED));
        int[] fold = new int[n];
        for (int r = 0; r < n; r++) {
            fold[order.get(r)] = r % FOLDS;
        }
        return fold;
    }

    private static void count(int[] c, boolean predicted, boolean actual) {
        if (predicted && actual) {
            c[0]++;
        } else if (predicted) {
            c[1]++;
        } else if (actual) {
            c[2]++;
        }
    }

    private static void printCounts(String name, int[] c) {
        double p = c[0] / (double) (c[0] + c[1]);
        double r = c[0] / (double) (c[0] + c[2]);
        System.out.printf("| %s | %.3f | %.3f | %.3f |%n", name, p, r, 2 * p * r / (p + r));
    }

    /** Ranks each debate by score (ties in document order) and averages the official measures over debates. */
    private static void printRanking(String name, List<ClaimSets.Labelled> rows,
                                     ToDoubleFunction<ClaimSets.Labelled> score) {
        Map<String, List<ClaimSets.Labelled>> groups = new TreeMap<>();
        rows.forEach(l -> groups.computeIfAbsent(l.group(), g -> new ArrayList<>()).add(l));
        double map = 0;
        double p5 = 0;
        double p10 = 0;
        double rp = 0;
        for (List<ClaimSets.Labelled> g : groups.values()) {
            Map<ClaimSets.Labelled, Double> s = new java.util.IdentityHashMap<>();
            g.forEach(l -> s.put(l, score.applyAsDouble(l)));
            List<ClaimSets.Labelled> ranked = new ArrayList<>(g);
            ranked.sort(Comparator.comparingDouble((ClaimSets.Labelled l) -> -s.get(l))
                    .thenComparingInt(ClaimSets.Labelled::line));
            int relevant = (int) g.stream().filter(ClaimSets.Labelled::positive).count();
            int hits = 0;
            double ap = 0;
            for (int i = 0; i < ranked.size(); i++) {
                if (ranked.get(i).positive()) {
                    hits++;
                    ap += hits / (double) (i + 1);
                }
                if (i == 4) {
                    p5 += hits / 5.0;
                }
                if (i == 9) {
                    p10 += hits / 10.0;
                }
                if (i == relevant - 1) {
                    rp += hits / (double) relevant;
                }
            }
            map += relevant == 0 ? 0 : ap / relevant;
        }
        int n = groups.size();
        System.out.printf("| %s | %.3f | %.3f | %.3f | %.3f |%n", name, map / n, p5 / n, p10 / n, rp / n);
    }
}
