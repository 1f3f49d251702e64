package org.nutgraf.summary;

import org.nutgraf.article.Article;
import org.nutgraf.model.LinearModel;
import org.nutgraf.model.ModelFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Nutgraf's default scorer for news: a logistic regression over {@link SentenceFeatures}, learnt in the lab
 * ({@code lab/run summary-train}) from which sentences a greedy ROUGE oracle picks against the references of several
 * publishers' summaries. A sentence's score is the model's probability that it belongs in the summary; its reasons
 * are what each feature group added to the log-odds, so they are exactly what drove the score. The summarizer then
 * weighs these against the lead ({@link LeadTrust}). Thread-safe.
 */
final class LearnedNewsScorer implements SentenceScorer {

    /** Where the trained model lives on the classpath, with its provenance in its header. */
    static final String RESOURCE = "summary/news-scorer.tsv";
    /** The model for articles read without CoreNLP (the languages Lucene reads), learnt from French. */
    static final String LUCENE_RESOURCE = "summary/news-scorer-lucene.tsv";

    /**
     * The scorer's view of every sentence.
     *
     * @param logits  the log-odds of each sentence, in document order
     * @param reasons what each feature group added to them
     */
    record Scored(double[] logits, List<Map<String, Double>> reasons) {
    }

    private final LinearModel model;

    LearnedNewsScorer(LinearModel model) {
        this.model = model;
    }

    /** The bundled model. */
    static LinearModel bundled() {
        return ModelFile.linear(RESOURCE).model();
    }

    @Override
    public List<SentenceScore> score(Article article) {
        Scored scored = score(SentenceFeatures.of(article));
        List<SentenceScore> scores = new ArrayList<>(scored.logits().length);
        for (int i = 0; i < scored.logits().length; i++) {
            scores.add(new SentenceScore(LinearModel.probability(scored.logits()[i]), scored.reasons().get(i)));
        }
        return scores;
    }

    /** The log-odds and reasons of sentences whose features are already read. */
    Scored score(List<Map<String, Double>> features) {
        double[] logits = new double[features.size()];
        List<Map<String, Double>> reasons = new ArrayList<>(features.size());
        for (int i = 0; i < logits.length; i++) {
            Map<String, Double> why = new TreeMap<>();
            double logit = model.weight(LinearModel.BIAS);
            for (var f : features.get(i).entrySet()) {
                double contribution = model.weight(f.getKey()) * f.getValue();
                if (contribution != 0) {
                    why.merge(SentenceFeatures.group(f.getKey()), contribution, Double::sum);
                }
                logit += contribution;
            }
            logits[i] = logit;
            reasons.add(why);
        }
        return new Scored(logits, reasons);
    }
}
