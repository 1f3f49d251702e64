package org.nutgraf.summary;

import org.nutgraf.article.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scores each sentence by its TF-IDF cosine with the article's centroid, the article's most telling lemmas. */
final class CentroidScorer implements SentenceScorer {

    /** Lemmas kept in the centroid: enough to name the topic, few enough to ignore noise. */
    private static final int CENTROID_TERMS = 30;

    @Override
    public List<SentenceScore> score(Article article) {
        double[] sim = similarity(new SentenceVectors(article));
        List<SentenceScore> scores = new ArrayList<>(sim.length);
        for (double s : sim) {
            scores.add(new SentenceScore(s, Map.of("centroid", s)));
        }
        return scores;
    }

    /** Similarity of each sentence to the centroid, scaled so the closest is 1. */
    static double[] similarity(SentenceVectors vectors) {
        Map<String, Double> sum = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            vectors.counts(i).forEach((w, c) -> sum.merge(w, c * vectors.idf(w), Double::sum));
        }
        Map<String, Double> centroid = new HashMap<>();
        sum.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CENTROID_TERMS)
                .forEach(e -> centroid.put(e.getKey(), e.getValue()));
        double norm = Math.sqrt(centroid.values().stream().mapToDouble(v -> v * v).sum());
        double[] sim = new double[vectors.size()];
        for (int i = 0; i < sim.length; i++) {
            sim[i] = vectors.cosine(i, centroid, norm);
        }
        return Centrality.scaleToMax(sim);
    }
}
