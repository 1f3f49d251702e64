package org.nutgraf.lab.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * CheckThat!'s official measures of a check-worthiness ranking: each debate's sentences ranked by score (ties in
 * document order), the measures averaged over debates.
 *
 * @param map        mean average precision
 * @param p5         precision of the top 5
 * @param p10        precision of the top 10
 * @param rPrecision precision of the top R, R being the debate's number of check-worthy sentences
 */
record RankingMeasures(double map, double p5, double p10, double rPrecision) {

    /** Ranks each debate (group) of the rows by score and measures the rankings. */
    static RankingMeasures of(List<ClaimSets.Labelled> rows, ToDoubleFunction<ClaimSets.Labelled> score) {
        Map<String, List<ClaimSets.Labelled>> groups = new TreeMap<>();
        rows.forEach(l -> groups.computeIfAbsent(l.group(), g -> new ArrayList<>()).add(l));
        double map = 0;
        double p5 = 0;
        double p10 = 0;
        double rp = 0;
        for (List<ClaimSets.Labelled> g : groups.values()) {
            Map<ClaimSets.Labelled, Double> s = new IdentityHashMap<>();
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
        return new RankingMeasures(map / n, p5 / n, p10 / n, rp / n);
    }

    /**
     * The area under the ROC curve: the chance that a random positive row scores above a random negative one (ties
     * count a half).
     */
    static double auc(List<ClaimSets.Labelled> rows, ToDoubleFunction<ClaimSets.Labelled> score) {
        List<double[]> scored = new ArrayList<>(rows.size());
        rows.forEach(l -> scored.add(new double[] {score.applyAsDouble(l), l.positive() ? 1 : 0}));
        scored.sort(Comparator.comparingDouble(x -> x[0]));
        double positives = 0;
        double rankSum = 0;
        for (int i = 0; i < scored.size(); ) {
            int j = i;
            while (j < scored.size() && scored.get(j)[0] == scored.get(i)[0]) {
                j++;
            }
            double rank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (scored.get(k)[1] > 0) {
                    positives++;
                    rankSum += rank;
                }
            }
            i = j;
        }
        double negatives = scored.size() - positives;
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
