package org.nutgraf.summary;

import java.util.Map;

/**
 * How much a scorer wants one sentence in the summary.
 *
 * @param score   from 0 to 1; the best sentence of the article scores 1
 * @param reasons the parts the score was built from, each from 0 to 1, by name ({@code position}, {@code centrality}, ...)
 */
public record SentenceScore(double score, Map<String, Double> reasons) {

    public SentenceScore {
        reasons = Map.copyOf(reasons);
    }
}
