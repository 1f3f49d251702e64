package org.nutgraf.summary;

import org.nutgraf.article.Article;
import org.nutgraf.model.LinearModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Nutgraf's default scorer for news: a logistic regression over {@link SentenceFeatures}, learnt in the lab
 * ({@code lab/run summary-train}) from which sentences a greedy ROUGE oracle picks against the references of three
 * kinds of news (CNN highlights, BBC extracts, freelance writers' summaries). A sentence's score is the model's
 * probability that it belongs in the summary; its reasons are what each feature group added to the log-odds, so
 * they are exactly what drove the score. Thread-safe.
 */
final class LearnedNewsScorer implements SentenceScorer {

    /** Where the trained model lives on the classpath, with its provenance in its header. */
    static final String RESOURCE = "summary/news-scorer.tsv";
    /** The model for articles read without CoreNLP (the languages Lucene reads), learnt from French. */
    static final String LUCENE_RESOURCE = "summary/news-scorer-lucene.tsv";

    private final LinearModel model;

    LearnedNewsScorer(LinearModel model) {
        this.model = model;
    }

    /** The bundled model. */
    static LinearModel bundled() {
        return LinearModel.resource(RESOURCE);
    }

    @Override
    public List<SentenceScore> score(Article article) {
        List<SentenceScore> scores = new ArrayList<>();
        for (Map<String, Double> features : SentenceFeatures.of(article)) {
            Map<String, Double> reasons = new TreeMap<>();
            double logit = model.weight(LinearModel.BIAS);
            for (var f : features.entrySet()) {
                double contribution = model.weight(f.getKey()) * f.getValue();
                if (contribution != 0) {
                    reasons.merge(SentenceFeatures.group(f.getKey()), contribution, Double::sum);
                }
                logit += contribution;
            }
            scores.add(new SentenceScore(LinearModel.probability(logit), reasons));
        }
        return scores;
    }
}
