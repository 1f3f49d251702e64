package org.nutgraf.lab.summary;

import org.nutgraf.article.Sentence;
import org.nutgraf.lab.eval.Rouge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Training labels from references: the greedy ROUGE oracle (as in Nallapati et al. 2017 and most extractive work
 * since). Starting from nothing, it adds the sentence that most raises the mean of ROUGE-1 and ROUGE-2 F1 against
 * the best-matching reference, and stops at {@code k} sentences or when no sentence raises it. The sentences it
 * picks are the positives. Tokens as {@link Rouge} makes them (lower case, Porter stems), so labels and scores
 * agree on what a word is.
 */
final class Oracle {

    private final Rouge rouge;

    Oracle(Rouge rouge) {
        this.rouge = rouge;
    }

    /** The indexes of the oracle's sentences, in document order. */
    TreeSet<Integer> pick(List<Sentence> sentences, List<String> references, int k) {
        List<List<String>> tokens = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            tokens.add(rouge.tokenize(s.text()));
        }
        List<Map<String, Integer>[]> refs = new ArrayList<>();
        for (String r : references) {
            refs.add(grams(rouge.tokenize(r)));
        }
        TreeSet<Integer> chosen = new TreeSet<>();
        double best = 0;
        while (chosen.size() < k) {
            int pick = -1;
            for (int i = 0; i < sentences.size(); i++) {
                if (chosen.contains(i) || tokens.get(i).isEmpty()) {
                    continue;
                }
                TreeSet<Integer> trial = new TreeSet<>(chosen);
                trial.add(i);
                List<String> summary = new ArrayList<>();
                trial.forEach(t -> summary.addAll(tokens.get(t)));
                Map<String, Integer>[] sys = grams(summary);
                double score = 0;
                for (Map<String, Integer>[] ref : refs) {
                    score = Math.max(score, (f1(sys[0], ref[0]) + f1(sys[1], ref[1])) / 2);
                }
                if (score > best) {
                    best = score;
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            chosen.add(pick);
        }
        return chosen;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer>[] grams(List<String> tokens) {
        Map<String, Integer> uni = new HashMap<>();
        Map<String, Integer> bi = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            uni.merge(tokens.get(i), 1, Integer::sum);
            if (i + 1 < tokens.size()) {
                bi.merge(tokens.get(i) + " " + tokens.get(i + 1), 1, Integer::sum);
            }
        }
        return new Map[]{uni, bi};
    }

    private static double f1(Map<String, Integer> sys, Map<String, Integer> ref) {
        int sysTotal = sys.values().stream().mapToInt(Integer::intValue).sum();
        int refTotal = ref.values().stream().mapToInt(Integer::intValue).sum();
        if (sysTotal == 0 || refTotal == 0) {
            return 0;
        }
        int overlap = 0;
        for (var e : sys.entrySet()) {
            overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        double p = (double) overlap / sysTotal;
        double r = (double) overlap / refTotal;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
