package org.nutgraf.summary;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The content lemmas of each sentence as term-frequency and TF-IDF vectors, with the similarities the graph and
 * centroid scorers need. Sentences are the documents of the IDF. Built per article; not shared.
 */
final class SentenceVectors {

    private final List<Map<String, Integer>> counts;
    private final Map<String, Double> idf = new HashMap<>();
    private final double[] tfidfNorms;

    SentenceVectors(Article article) {
        this.counts = article.sentences().stream().map(SentenceVectors::count).toList();
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Integer> c : counts) {
            c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int n = Math.max(1, counts.size());
        df.forEach((w, d) -> idf.put(w, Math.log((double) n / d) + 1.0));
        tfidfNorms = new double[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            double sum = 0;
            for (Map.Entry<String, Integer> e : counts.get(i).entrySet()) {
                double v = e.getValue() * idf.get(e.getKey());
                sum += v * v;
            }
            tfidfNorms[i] = Math.sqrt(sum);
        }
    }

    static Map<String, Integer> count(Sentence s) {
        Map<String, Integer> c = new HashMap<>();
        s.contentLemmas().forEach(l -> c.merge(l, 1, Integer::sum));
        return c;
    }

    int size() {
        return counts.size();
    }

    Map<String, Integer> counts(int i) {
        return counts.get(i);
    }

    double idf(String lemma) {
        return idf.getOrDefault(lemma, 0.0);
    }

    /** Distinct content lemmas in sentence i. */
    int distinct(int i) {
        return counts.get(i).size();
    }

    /** Cosine of the TF-IDF vectors of two sentences. */
    double cosine(int i, int j) {
        if (tfidfNorms[i] == 0 || tfidfNorms[j] == 0) {
            return 0;
        }
        Map<String, Integer> a = counts.get(i);
        Map<String, Integer> b = counts.get(j);
        if (a.size() > b.size()) {
            Map<String, Integer> t = a;
            a = b;
            b = t;
        }
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) {
                double w = idf.get(e.getKey());
                dot += e.getValue() * other * w * w;
            }
        }
        return dot / (tfidfNorms[i] * tfidfNorms[j]);
    }

    /** Cosine of the TF-IDF vector of sentence i with an arbitrary weight vector of the given norm. */
    double cosine(int i, Map<String, Double> vector, double norm) {
        if (tfidfNorms[i] == 0 || norm == 0) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Integer> e : counts.get(i).entrySet()) {
            Double v = vector.get(e.getKey());
            if (v != null) {
                dot += e.getValue() * idf.get(e.getKey()) * v;
            }
        }
        return dot / (tfidfNorms[i] * norm);
    }

    /** TextRank's similarity: shared lemmas over the log lengths of the two sentences. */
    double overlap(int i, int j) {
        Map<String, Integer> a = counts.get(i);
        Map<String, Integer> b = counts.get(j);
        int common = 0;
        for (String w : a.keySet()) {
            if (b.containsKey(w)) {
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double denominator = Math.log(Math.max(2, sum(a))) + Math.log(Math.max(2, sum(b)));
        return common / denominator;
    }

    private static int sum(Map<String, Integer> c) {
        int s = 0;
        for (int v : c.values()) {
            s += v;
        }
        return s;
    }
}
