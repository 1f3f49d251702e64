package org.nutgraf.summary;

import org.nutgraf.article.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TextRank and LexRank: PageRank over a sentence-similarity graph. TextRank weighs edges by shared lemmas over
 * log lengths; LexRank by TF-IDF cosine, dropping edges under a threshold.
 */
final class GraphScorer implements SentenceScorer {

    private static final double LEXRANK_THRESHOLD = 0.1;

    /**
     * Past this many sentences the pairwise graph (quadratic in time) gives way to similarity with the article's
     * centroid (linear), the usual stand-in for degree centrality. Real articles stay well below it; the limit
     * keeps a pathological text of thousands of one-word sentences from holding a worker for long.
     */
    static final int MAX_GRAPH_SENTENCES = 1000;

    private final boolean lexRank;

    private GraphScorer(boolean lexRank) {
        this.lexRank = lexRank;
    }

    static GraphScorer textRank() {
        return new GraphScorer(false);
    }

    static GraphScorer lexRank() {
        return new GraphScorer(true);
    }

    @Override
    public List<SentenceScore> score(Article article) {
        double[] centrality = centrality(new SentenceVectors(article), lexRank);
        List<SentenceScore> scores = new ArrayList<>(centrality.length);
        for (double c : centrality) {
            scores.add(new SentenceScore(c, Map.of("centrality", c)));
        }
        return scores;
    }

    /** Centrality of each sentence, scaled so the most central is 1. */
    static double[] centrality(SentenceVectors vectors, boolean lexRank) {
        int n = vectors.size();
        if (n > MAX_GRAPH_SENTENCES) {
            return CentroidScorer.similarity(vectors);
        }
        Centrality graph = new Centrality(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (lexRank) {
                    double cos = vectors.cosine(i, j);
                    graph.connect(i, j, cos >= LEXRANK_THRESHOLD ? cos : 0);
                } else {
                    graph.connect(i, j, vectors.overlap(i, j));
                }
            }
        }
        return Centrality.scaleToMax(graph.pageRank());
    }
}
