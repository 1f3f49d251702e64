package org.nutgraf.lab.claims;

import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;
import org.nutgraf.claims.CheckWorthinessModel;
import org.nutgraf.claims.ClaimFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;

/**
 * {@code claims-eval}: how well check-worthiness is scored: CheckThat! 2019 test split ranked per debate (MAP, P@5,
 * P@10, R-Precision) with the bundled model, and ClaimBuster 5-fold cross-validation (precision, recall, F1 of the
 * positive class), each beside the baseline "has a number or a named entity".
 */
@Command(name = "claims-eval",
        description = {"Check-worthiness: CheckThat! MAP and ClaimBuster CV",
                "CheckThat! 2019 test split ranked per debate, ClaimBuster 5-fold cross-validation, each beside "
                        + "the baseline \"has a number or a named entity\"."})
public final class ClaimsEvaluation extends ClaimSetsCommand {

    static final int FOLDS = 5;
    static final long FOLD_SEED = 5L;
    private static final String BASELINE = "baseline: has a number or a named entity";

    @Option(names = "--model", paramLabel = "FILE", defaultValue = "src/main/resources/" + CheckWorthinessModel.RESOURCE,
            description = "the model ranked on CheckThat! (default: ${DEFAULT-VALUE}, the service's own)")
    private Path file;

    private PrintWriter out;

    @Override
    int run(List<ClaimSets.Labelled> checkThat, List<ClaimSets.Labelled> claimBuster) throws IOException {
        out = invocation.out();
        CheckWorthinessModel model;
        try (InputStream in = Files.newInputStream(file)) {
            model = CheckWorthinessModel.read(in);
        }
        out.println("## CheckThat! 2019 task 1, test split (7 debates, 7,080 sentences, 136 check-worthy)");
        out.println();
        out.println("| system | MAP | P@5 | P@10 | R-Precision |");
        out.println("|---|---|---|---|---|");
        List<ClaimSets.Labelled> test = checkThat.stream().filter(l -> l.split().equals("test")).toList();
        printRanking(BASELINE, test, l -> baseline(l.sentence()) ? 1 : 0);
        printRanking("Nutgraf (" + file + ")", test, l -> model.probability(ClaimFeatures.of(l.sentence())));
        out.println();

        out.printf("## ClaimBuster 2.5xNCS, %d-fold cross-validation (folds from seed %d), positive class,"
                + " threshold 0.5%n%n", FOLDS, FOLD_SEED);
        out.println("| system | precision | recall | F1 |");
        out.println("|---|---|---|---|");
        int[] fold = folds(claimBuster.size());
        Confusion base = new Confusion();
        for (ClaimSets.Labelled l : claimBuster) {
            base.add(baseline(l.sentence()), l.positive());
        }
        printCounts(BASELINE, base);
        crossValidate("Nutgraf, each fold's model trained on the other 4 folds", claimBuster, List.of(), fold);
        nestedThreshold(claimBuster, fold);
        crossValidate("Nutgraf, each fold's model trained on the other 4 folds + CheckThat! train split",
                claimBuster, checkThat, fold);
        return 0;
    }

    /** Trains one model per fold without that fold, and counts its answers on the fold. */
    private void crossValidate(String name, List<ClaimSets.Labelled> claimBuster, List<ClaimSets.Labelled> checkThat,
                               int[] fold) {
        double[] thresholds = {0.3, 0.4, 0.5};
        Confusion[] counts = new Confusion[thresholds.length];
        Arrays.setAll(counts, t -> new Confusion());
        for (int k = 0; k < FOLDS; k++) {
            int held = k;
            CheckWorthinessModel m = LogisticRegression.train(
                    ClaimsTraining.examples(checkThat, claimBuster, ids(claimBuster, fold, f -> f == held)),
                    LogisticRegression.Settings.DEFAULT);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) {
                    ClaimSets.Labelled l = claimBuster.get(i);
                    double p = m.probability(ClaimFeatures.of(l.sentence()));
                    for (int t = 0; t < thresholds.length; t++) {
                        counts[t].add(p >= thresholds[t], l.positive());
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
    private void nestedThreshold(List<ClaimSets.Labelled> claimBuster, int[] fold) {
        Confusion counts = new Confusion();
        StringBuilder chosen = new StringBuilder();
        for (int k = 0; k < FOLDS; k++) {
            int outer = k;
            List<double[]> inner = new ArrayList<>();
            for (int j = 0; j < FOLDS; j++) {
                if (j == k) {
                    continue;
                }
                int held = j;
                inner.addAll(scored(claimBuster, fold, held, ids(claimBuster, fold, f -> f == outer || f == held)));
            }
            double best = Confusion.bestThreshold(inner);
            chosen.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", best));
            for (double[] x : scored(claimBuster, fold, k, ids(claimBuster, fold, f -> f == outer))) {
                counts.add(x[0] >= best, x[1] > 0);
            }
        }
        printCounts("(same, threshold chosen by nested CV inside the training folds: " + chosen + ")", counts);
    }

    /** The ids of the rows whose fold is one of these. */
    private static Set<String> ids(List<ClaimSets.Labelled> rows, int[] fold, IntPredicate folds) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < fold.length; i++) {
            if (folds.test(fold[i])) {
                ids.add(rows.get(i).id());
            }
        }
        return ids;
    }

    /** Fold {@code k}'s rows as {probability, label}, by a ClaimBuster-only model trained without {@code held}. */
    private static List<double[]> scored(List<ClaimSets.Labelled> claimBuster, int[] fold, int k, Set<String> held) {
        CheckWorthinessModel m = LogisticRegression.train(ClaimsTraining.examples(List.of(), claimBuster, held),
                LogisticRegression.Settings.DEFAULT);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) {
            if (fold[i] == k) {
                out.add(new double[] {m.probability(ClaimFeatures.of(claimBuster.get(i).sentence())),
                        claimBuster.get(i).positive() ? 1 : 0});
            }
        }
        return out;
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
        Collections.shuffle(order, new Random(FOLD_SEED));
        int[] fold = new int[n];
        for (int r = 0; r < n; r++) {
            fold[order.get(r)] = r % FOLDS;
        }
        return fold;
    }

    private void printCounts(String name, Confusion c) {
        out.printf("| %s | %.3f | %.3f | %.3f |%n", name, c.precision(), c.recall(), c.f1());
    }

    private void printRanking(String name, List<ClaimSets.Labelled> rows, ToDoubleFunction<ClaimSets.Labelled> score) {
        RankingMeasures r = RankingMeasures.of(rows, score);
        out.printf("| %s | %.3f | %.3f | %.3f | %.3f |%n", name, r.map(), r.p5(), r.p10(), r.rPrecision());
    }
}
