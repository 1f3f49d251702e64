package org.nutgraf.summary;

import org.nutgraf.article.Article;

import java.util.List;

/** Scores every sentence of an article. Implementations are stateless and thread-safe. */
public interface SentenceScorer {

    /** One score per sentence, in document order. */
    List<SentenceScore> score(Article article);
}
