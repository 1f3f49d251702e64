package org.nutgraf.summary;

import org.nutgraf.article.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scores sentences by their position alone: the first scores 1, the rest less the later they come. */
final class LeadScorer implements SentenceScorer {

    @Override
    public List<SentenceScore> score(Article article) {
        int n = article.sentences().size();
        List<SentenceScore> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double position = 1.0 - (double) i / n;
            scores.add(new SentenceScore(position, Map.of("position", position)));
        }
        return scores;
    }
}
