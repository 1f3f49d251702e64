package org.nutgraf.summary;

import org.nutgraf.article.Article;
import org.nutgraf.model.LinearModel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Scores an article's sentences with the chosen algorithm and keeps the best that fit the budget. Thread-safe. */
public final class Summarizer {

    private final Map<Algorithm, SentenceScorer> scorers = new EnumMap<>(Algorithm.class);
    private final Map<Algorithm, SentenceSelector> selectors = new EnumMap<>(Algorithm.class);

    /** With the bundled news model. */
    public Summarizer() {
        this(LearnedNewsScorer.bundled());
    }

    /** With another news model: the lab's candidates while they are trained and compared. */
    public Summarizer(LinearModel newsModel) {
        scorers.put(Algorithm.LEAD, new LeadScorer());
        scorers.put(Algorithm.TEXTRANK, GraphScorer.textRank());
        scorers.put(Algorithm.LEXRANK, GraphScorer.lexRank());
        scorers.put(Algorithm.CENTROID, new CentroidScorer());
        scorers.put(Algorithm.NEWS, new LearnedNewsScorer(newsModel));
        SentenceSelector plain = new SentenceSelector(false, false);
        for (Algorithm a : Algorithm.values()) {
            selectors.put(a, plain);
        }
        selectors.put(Algorithm.NEWS, new SentenceSelector(true, true));
    }

    /**
     * Summarises an article.
     *
     * @param defaultSentences the length when the budget sets no limit
     */
    public Summary summarize(Article article, Algorithm algorithm, SummaryBudget budget, int defaultSentences) {
        List<SentenceScore> scores = scorers.get(algorithm).score(article);
        List<Integer> picked = selectors.get(algorithm).select(article, scores, budget, defaultSentences);
        List<ChosenSentence> chosen = new ArrayList<>(picked.size());
        for (int rank = 0; rank < picked.size(); rank++) {
            int i = picked.get(rank);
            chosen.add(new ChosenSentence(article.sentences().get(i), scores.get(i), rank + 1));
        }
        return new Summary(algorithm, chosen);
    }
}
